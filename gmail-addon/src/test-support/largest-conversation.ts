/**
 * The largest conversation the API lets anyone build, and more, as the sidebar view the backend
 * would serve for it: a subject of the 2,000 characters observe accepts, MAX_TAGS tags of the
 * longest kind, MAX_NOTE_LENGTH-character notes (more of them than any per-conversation cap could
 * allow, so a card stays bounded whatever that cap becomes), 500 agents with 100-character names
 * (the mailbox agents limit and the member name limit) and all of them viewing. The text is the
 * costliest there is on the wire: "&" and "<" (escaped to 4-5 bytes), line breaks, quotes, and
 * characters of 3 and 4 bytes in UTF-8.
 */
import {
  decide,
  DEFAULT_SLA_POLICY,
  isDomainError,
  project,
  sidebarView,
  slaState,
  type Actor,
  type ConversationCommand,
  type ConversationEvent,
  type MemberInfo,
  type SidebarView,
} from "@baton/shared";
import { MAX_NOTE_LENGTH, MAX_ROUTED_REASONS, MAX_TAG_LENGTH, MAX_TAGS } from "@baton/shared/conversation";
import { ROUTING_LIMITS } from "@baton/shared/limits";
import { OBSERVING_LIMITS, SETTINGS_LIMITS } from "@baton/shared/limits";
import { CALENDAR, mon, ZONE } from "./scenarios";

/** observe's subject limit (shared/src/api/observe.ts) and the member name limit (admin.ts). */
export const MAX_SUBJECT_LENGTH = OBSERVING_LIMITS.subjectLength.value;
export const MAX_MEMBER_NAME_LENGTH = SETTINGS_LIMITS.nameLength.value;
/** A mailbox's agents list holds up to 500 addresses (shared/src/api/admin.ts). */
export const MAX_AGENTS = SETTINGS_LIMITS.mailboxAgents.value;

const KEY = "c_largest000000000";
const MAILBOX = "support@demo.baton.test";

/** `length` UTF-16 units of the costliest mix: escapes, line breaks, quotes, 3- and 4-byte characters. */
export function costlyText(length: number, seed = 0): string {
  const pieces = ["&", "<", ">", "\n", '"', "語", "😀", "\\", "a"];
  let text = "";
  for (let i = seed; text.length < length; i++) text += pieces[i % pieces.length] ?? "";
  // Never end on half of a surrogate pair.
  return text.length > length ? text.slice(0, length - 1) + "&" : text;
}

function agent(index: number): MemberInfo {
  const email = `agent${String(index).padStart(3, "0")}@demo.baton.test`;
  return { email, name: `${index} ${costlyText(MAX_MEMBER_NAME_LENGTH - 4, index)}`, role: "agent" };
}

const LEAD: MemberInfo = { email: "lead@demo.baton.test", name: "Lee", role: "lead" };

export interface LargestOptions {
  notes: number;
  /** Who reads it: the lead sees Assign with every agent; an agent sees Claim when unclaimed. */
  reader?: "lead" | "agent";
  /** Claimed by the first agent (so the lead may release it and assign among the other 499 and themselves). */
  claimed?: boolean;
}

/** The view of the largest conversation at `nowMs`, as the backend's sidebarView builds it. */
export function largestConversationView(options: LargestOptions): SidebarView {
  const agents = Array.from({ length: MAX_AGENTS }, (_, i) => agent(i));
  const members = [LEAD, ...agents];
  const firstAgent: Actor = { email: agent(0).email, role: "agent" };
  const system: Actor = { email: "system", role: "admin" };
  const lead: Actor = { email: LEAD.email, role: "lead" };
  const tags = Array.from({ length: MAX_TAGS }, (_, i) => `${i}`.padEnd(MAX_TAG_LENGTH, "語"));
  const commands: Array<{ actor: Actor; command: ConversationCommand }> = [
    {
      actor: system,
      command: {
        type: "record_message",
        requestId: "r0",
        messageId: "<largest@customer.test>",
        direction: "inbound",
        from: "carla@customer.test",
        subject: costlyText(MAX_SUBJECT_LENGTH),
        sentAt: mon(9),
      },
    },
    { actor: lead, command: { type: "tag", requestId: "r1", add: tags, remove: [] } },
  ];
  if (options.claimed === true) {
    commands.push({
      actor: firstAgent,
      command: { type: "claim", requestId: "r2" },
    });
  }
  const events: ConversationEvent[] = [];
  let counter = 0;
  for (const { actor, command } of commands) {
    const state = events.length === 0 ? null : project(KEY, MAILBOX, events, {});
    const decision = decide(state, command, actor, mon(9), () => `e${++counter}`, {
      members: members.map((m) => m.email),
    });
    if (isDomainError(decision)) throw new Error(`refused: ${decision.message}`);
    events.push(...decision.events);
  }
  const nowMs = mon(12);
  const conversation = project(KEY, MAILBOX, events, {});
  // Notes go straight onto the document: however many the API keeps, the card must stay bounded.
  conversation.notes = Array.from({ length: options.notes }, (_, i) => ({
    id: `n${i}`,
    author: agent(i % MAX_AGENTS).email,
    body: `#${i} ${costlyText(MAX_NOTE_LENGTH - `#${i} `.length, i)}`,
    mentions: [],
    createdAt: mon(9) + i * 1000,
    editedAt: null,
  }));
  // Routing explained every tag, the owner and the rest, by rules of the longest names, passing over
  // every agent: the most reasons a conversation keeps (conversation/routed.ts).
  const rule = { id: "r", name: costlyText(ROUTING_LIMITS.routingRuleNameLength.value) };
  conversation.routed = Array.from({ length: MAX_ROUTED_REASONS }, (_, i) =>
    i === 0
      ? {
          type: "assigned" as const,
          assignee: firstAgent.email,
          previous: null,
          at: mon(9),
          routedBy: {
            rule,
            strategy: "round_robin" as const,
            skipped: members.map((m) => ({ member: m.email, reason: "at_capacity" as const })),
          },
        }
      : { type: "tag_added" as const, tag: `t${i}`, at: mon(9), routedBy: { rule } },
  );
  const me: Actor = options.reader === "agent" ? firstAgent : lead;
  return sidebarView({
    conversation,
    sla: slaState(events, DEFAULT_SLA_POLICY, CALENDAR, nowMs),
    me,
    nowMs,
    members,
    presence: members.map((m, i) => ({
      email: m.email,
      state: i % 2 === 0 ? "replying" : "viewing",
      at: nowMs - 1000,
    })),
    timeZone: ZONE,
  });
}
