import { domainError, type DomainError, type ErrorKey } from "../errors";
import type { Action } from "./actions";
import type { Role } from "./roles";

/**
 * What a role without the action can't do, finishing "Your role (viewer) can't …". Worded as the
 * domain's own refusals word them (conversation/decide-*.ts), so a request refused by the route's
 * permission and one refused by the state machine read alike.
 */
const CANT: Readonly<Record<Action, string>> = {
  read: "see conversations",
  record: "record messages",
  claim: "claim conversations",
  release_own: "release conversations",
  release_others: "release other people's conversations",
  assign_others: "assign conversations to others",
  note: "add notes",
  edit_own_note: "edit notes",
  delete_own_note: "delete notes",
  delete_any_note: "delete other people's notes",
  tag: "tag conversations",
  set_status: "change the status",
  set_priority: "change the priority",
  edit_policies: "change the SLA policies",
  manage_members: "change members",
  manage_mailboxes: "change mailboxes",
  export: "see team metrics; they are for leads and admins",
  delete_conversation: "delete conversations",
};

/**
 * Each phrase a refusal may finish with (CANT's and the routes' `refusal`) as its errors-catalogue key,
 * so a client says the refusal in its reader's language; refusal.test.ts checks every route's phrase
 * is here.
 */
export const REFUSAL_KEYS: Readonly<Record<string, ErrorKey>> = {
  "see conversations": "errors.cantSeeConversations",
  "record messages": "errors.cantRecordMessages",
  "claim conversations": "errors.cantClaimConversations",
  "release conversations": "errors.cantReleaseConversations",
  "release other people's conversations": "errors.cantReleaseOthers",
  "assign conversations to others": "errors.cantAssignOthers",
  "add notes": "errors.cantAddNotes",
  "edit notes": "errors.cantEditNotes",
  "delete notes": "errors.cantDeleteNotes",
  "delete other people's notes": "errors.cantDeleteOthersNotes",
  "tag conversations": "errors.cantTagConversations",
  "change the status": "errors.cantChangeStatus",
  "change the priority": "errors.cantChangePriority",
  "change the SLA policies": "errors.cantChangeSla",
  "change members": "errors.cantChangeMembers",
  "change mailboxes": "errors.cantChangeMailboxes",
  "see team metrics; they are for leads and admins": "errors.cantSeeMetrics",
  "delete conversations": "errors.cantDeleteConversations",
  "manage the connectors' dead letters; only admins can": "errors.cantDeadLetters",
  "set follow-ups": "errors.cantSetFollowUps",
  "clear follow-ups": "errors.cantClearFollowUps",
  "snooze conversations": "errors.cantSnoozeConversations",
  "see background jobs; only admins can": "errors.cantSeeJobs",
  "export team metrics; they are for leads and admins": "errors.cantExportMetrics",
  "rebuild the metrics; only admins can": "errors.cantRebuildMetrics",
  "change a mailbox's escalation settings": "errors.cantChangeEscalation",
  "assign conversations": "errors.cantAssignConversations",
  "remove members": "errors.cantRemoveMembers",
  "change the organisation's settings": "errors.cantChangeOrgSettings",
  "change the organisation's domains and tenants": "errors.cantChangeOrgIdentity",
  "change a mailbox's routing; only admins can": "errors.cantChangeRouting",
  "see a mailbox's routing; only admins can": "errors.cantSeeRouting",
  "recount members' open load; only admins can": "errors.cantRecountLoad",
  "change another member's availability; only admins can": "errors.cantChangeAvailability",
  "import members": "errors.cantImportMembers",
  "see how the add-ins are installed; only admins can": "errors.cantSeeInstall",
  "change a mailbox's templates; leads and admins can": "errors.cantChangeTemplates",
};

/** The sentence a refused member reads (English); `what` overrides the action's own phrase for one endpoint. */
export function refusalSentence(role: Role, action: Action, what: string = CANT[action]): string {
  return `Your role (${role}) can't ${what}.`;
}

/** The forbidden error a refused member gets: refusalSentence's, keyed ("Your role ({role}) can't {what}."). */
export function refusalError(role: Role, action: Action, what: string = CANT[action]): DomainError {
  const whatKey = REFUSAL_KEYS[what];
  if (whatKey === undefined) return domainError("forbidden", "errors.roleCantAct", { role }, { action });
  return domainError("forbidden", "errors.roleCant", { role, whatKey }, { action });
}
