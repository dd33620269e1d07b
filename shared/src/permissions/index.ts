// Public surface of permissions/: roles × actions, one table, one `can()`.
export { ROLES, isRole } from "./roles";
export type { Role } from "./roles";
export { ACTIONS } from "./actions";
export type { Action } from "./actions";
export { can, allowedActions } from "./can";
export { refusalError, refusalSentence, REFUSAL_KEYS } from "./refusal";
export { MAILBOX_VISIBILITIES, mayHold, maySee, membershipRefusal } from "./mailbox-membership";
export type { Holder, MailboxMembers, MailboxVisibility } from "./mailbox-membership";
