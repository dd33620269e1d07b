import type { Action } from "./actions";
import type { Role } from "./roles";

/**
 * The one permission table. Agents work their own queue (claim, notes, tags, status); leads also
 * steer other people's work and the SLA policies; only admins change who is in the team, which
 * mailboxes exist and delete data, because those are the irreversible or access-granting actions.
 * Viewers (auditors, managers looking in) read only: their sidebars render a thread but never record
 * the messages they report, because a recorded message moves SLA clocks and metrics.
 */
const AGENT: readonly Action[] = [
  "read",
  "record",
  "claim",
  "release_own",
  "note",
  "edit_own_note",
  "delete_own_note",
  "tag",
  "set_status",
  "set_priority",
];

const LEAD: readonly Action[] = [
  ...AGENT,
  "release_others",
  "assign_others",
  "delete_any_note",
  "edit_policies",
  "export",
];

const ADMIN: readonly Action[] = [...LEAD, "manage_members", "manage_mailboxes", "delete_conversation"];

const VIEWER: readonly Action[] = ["read"];

const PERMISSIONS: Readonly<Record<Role, ReadonlySet<Action>>> = {
  admin: new Set(ADMIN),
  lead: new Set(LEAD),
  agent: new Set(AGENT),
  viewer: new Set(VIEWER),
};

// Looked up by plain string so an unknown role (e.g. a stale token carrying a removed role) is
// refused rather than crashing.
const BY_NAME: Readonly<Partial<Record<string, ReadonlySet<Action>>>> = PERMISSIONS;

export function can(role: Role, action: Action): boolean {
  return BY_NAME[role]?.has(action) ?? false;
}

/** What a role may do, in table order: the sidebars use it to hide buttons that would be refused. */
export function allowedActions(role: Role): Action[] {
  return [...(BY_NAME[role] ?? [])];
}
