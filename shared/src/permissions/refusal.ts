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

/** The sentence a refused member reads; `what` overrides the action's own phrase for one endpoint. */
export function refusalSentence(role: Role, action: Action, what: string = CANT[action]): string {
  return `Your role (${role}) can't ${what}.`;
}
