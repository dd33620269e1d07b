import { domainError, type DomainError } from "../errors";
import { isRole } from "../permissions";
import type { Actor, ConversationCommand } from "./commands";
import { decideAssign, decideClaim, decideRelease } from "./decide-ownership";
import { decideRecordMessage } from "./decide-message";
import { decideClearFollowUp, decideSetFollowUp, decideWake } from "./followup";
import { decideAddNote, decideDeleteNote, decideEditNote } from "./decide-notes";
import { decideSetPriority, decideSetStatus, decideTag } from "./decide-workflow";
import { NO_CHANGE, type DecideContext, type DecideOptions, type Decision } from "./decision";
import { MAX_REQUEST_ID_LENGTH } from "./limits";
import type { Conversation } from "./types";

/**
 * The whole state machine: a command on a conversation (null when it does not exist yet) becomes the
 * events to append, or a coded error. Pure: time comes in as `nowMs`, ids from `newId`.
 *
 * Order of checks: a repeated request id is a no-op before anything else (a retry must not fail just
 * because its first attempt changed the state); then the actor; then the command's own rules.
 * Commands that change nothing return no events, so they are not remembered for idempotency either.
 */
export function decide(
  state: Conversation | null,
  command: ConversationCommand,
  actor: Actor,
  nowMs: number,
  newId: () => string,
  options: DecideOptions = {},
): Decision | DomainError {
  const requestId = typeof command.requestId === "string" ? command.requestId.trim() : "";
  if (requestId === "" || requestId.length > MAX_REQUEST_ID_LENGTH) {
    return domainError("invalid_request", "errors.requestIdLength");
  }
  if (state?.recentRequestIds.includes(requestId) === true) return NO_CHANGE;
  const email = actor.email.trim().toLowerCase();
  if (email === "" || !isRole(actor.role)) return domainError("forbidden", "errors.notTeamMember");

  const ctx: DecideContext = { actor: { email, role: actor.role }, nowMs, requestId, newId, options };
  if (command.type === "record_message") return decideRecordMessage(state, command, ctx);
  if (state === null) {
    return domainError("not_found", "errors.notSeenYet");
  }
  switch (command.type) {
    case "claim":
      return decideClaim(state, ctx);
    case "release":
      return decideRelease(state, ctx);
    case "assign":
      return decideAssign(state, command, ctx);
    case "set_status":
      return decideSetStatus(state, command, ctx);
    case "set_priority":
      return decideSetPriority(state, command, ctx);
    case "tag":
      return decideTag(state, command, ctx);
    case "add_note":
      return decideAddNote(state, command, ctx);
    case "edit_note":
      return decideEditNote(state, command, ctx);
    case "delete_note":
      return decideDeleteNote(state, command, ctx);
    case "set_follow_up":
      return decideSetFollowUp(state, command, ctx);
    case "clear_follow_up":
      return decideClearFollowUp(state, ctx);
    case "wake":
      return decideWake(state, ctx);
  }
}
