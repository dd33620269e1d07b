/** Everything a member can be allowed or refused. The backend checks these; add-ins only hide. */
export const ACTIONS = [
  "read",
  // Writing what a sidebar reports (messages, thread aliases) into the log: it moves SLA clocks.
  "record",
  "claim",
  "release_own",
  "release_others",
  "assign_others",
  "note",
  "edit_own_note",
  "delete_own_note",
  "delete_any_note",
  "tag",
  "set_status",
  "set_priority",
  "edit_policies",
  "manage_members",
  "manage_mailboxes",
  "export",
  "delete_conversation",
] as const;
export type Action = (typeof ACTIONS)[number];
