import { PRIORITIES, STATUSES, type Conversation } from "../conversation/types";
import type { Translator } from "../i18n/translator";
import { can, type Role } from "../permissions";
import { englishTranslator } from "./english";
import { priorityLabel, statusLabel } from "./labels";
import type { MemberInfo } from "./member-names";
import type { SidebarButtons } from "./types";

/**
 * What I may do now, from my role (can()) and the conversation's state. The backend enforces the
 * same rules; hiding what would be refused keeps the sidebars from offering dead buttons.
 * Claiming someone else's conversation is a hand-over, which is assign (leads), not claim.
 */
export function sidebarButtons(
  conversation: Pick<Conversation, "assignee" | "status" | "priority">,
  me: { email: string; role: Role },
  members: readonly MemberInfo[],
  t: Translator = englishTranslator(),
): SidebarButtons {
  const owner = conversation.assignee?.toLowerCase() ?? null;
  const mine = owner !== null && owner === me.email.toLowerCase();
  const assignees = can(me.role, "assign_others")
    ? members
        .filter((member) => can(member.role, "claim") && member.email.toLowerCase() !== owner)
        .map((member) => ({ email: member.email.toLowerCase(), name: member.name.trim() || member.email }))
        .sort((a, b) => a.name.localeCompare(b.name))
    : [];
  return {
    claim: owner === null && can(me.role, "claim"),
    release: owner !== null && can(me.role, mine ? "release_own" : "release_others"),
    assign: assignees.length > 0,
    assignees,
    status: can(me.role, "set_status")
      ? STATUSES.map((value) => ({
          value,
          label: statusLabel(value, t),
          current: value === conversation.status,
          needsUntil: value === "snoozed",
        }))
      : [],
    priority: can(me.role, "set_priority")
      ? PRIORITIES.map((value) => ({
          value,
          label: priorityLabel(value, t),
          current: value === conversation.priority,
        }))
      : [],
    tag: can(me.role, "tag"),
    note: can(me.role, "note"),
  };
}
