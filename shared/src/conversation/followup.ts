import { domainError, type DomainError } from "../errors";
import { FOLLOW_UP_LIMITS } from "../limits/followups";
import { DAY_MS } from "../time/units";
import type { CommandOf } from "./commands";
import { decided, eventOf, NO_CHANGE, refuse, type DecideContext, type Decision } from "./decision";
import { SYSTEM_ACTOR, type Conversation, type ConversationEvent } from "./types";

/**
 * Follow-ups (issue 17). Rules:
 * - Anyone who may change the status (agents and up, owner or not) may set, move or clear one: it
 *   decides when the conversation comes back to the queue, as a status does. The reminder goes to
 *   the owner when it fires, else to whoever set it.
 * - dueAt is in the future and at most MAX_FOLLOW_UP_AHEAD_MS ahead. Any status may carry one: the
 *   usual case is "resolved (or pending) after my reply, remind me if they never answer".
 * - A customer's reply (a timed inbound message) cancels it: decideRecordMessage appends
 *   follow_up_cleared "customer_replied" with the message.
 * - When dueAt passes (or a snooze ends) the sweeper's `wake` appends follow_up_due and returns the
 *   conversation to open; the "follow-up due" marker stays until someone acts (see applyFollowUp).
 */
export const MAX_FOLLOW_UP_AHEAD_MS = FOLLOW_UP_LIMITS.followUpAheadDays.value * DAY_MS;

/** A refusal for a due time outside (now, now + MAX_FOLLOW_UP_AHEAD_MS], or null when it is inside. */
/** The catalogue's select value (ICU selectors take no dash). */
function selectWhat(what: "follow-up" | "snooze"): string {
  return what === "follow-up" ? "followUp" : "snooze";
}

export function dueAtRefusal(what: "follow-up" | "snooze", dueAt: number, nowMs: number): DomainError | null {
  if (!Number.isFinite(dueAt) || dueAt <= nowMs) {
    return domainError("invalid_request", "errors.followUpInPast", { what: selectWhat(what) }, { dueAt });
  }
  if (dueAt - nowMs > MAX_FOLLOW_UP_AHEAD_MS) {
    const maxDays = FOLLOW_UP_LIMITS.followUpAheadDays.value;
    return domainError(
      "invalid_request",
      "errors.followUpTooFar",
      { what: selectWhat(what), maxDays },
      { dueAt, maxDays },
    );
  }
  return null;
}

export function decideSetFollowUp(
  s: Conversation,
  cmd: CommandOf<"set_follow_up">,
  ctx: DecideContext,
): Decision | DomainError {
  const refused = refuse(ctx, "set_status", "setFollowUps");
  if (refused) return refused;
  const bad = dueAtRefusal("follow-up", cmd.dueAt, ctx.nowMs);
  if (bad) return bad;
  if (s.followUp?.dueAt === cmd.dueAt && s.followUp.by === ctx.actor.email) return NO_CHANGE;
  return decided(ctx, { type: "follow_up_set", dueAt: cmd.dueAt, by: ctx.actor.email });
}

/** Clears the pending follow-up and the "follow-up due" marker; nothing to clear is a no-op. */
export function decideClearFollowUp(s: Conversation, ctx: DecideContext): Decision | DomainError {
  const refused = refuse(ctx, "set_status", "clearFollowUps");
  if (refused) return refused;
  if (s.followUp === undefined && s.followUpDue === undefined) return NO_CHANGE;
  return decided(ctx, { type: "follow_up_cleared", reason: "cleared" });
}

/**
 * The sweeper's command (system only): whatever is due at now fires. A follow-up past its dueAt
 * becomes follow_up_due "no_reply"; else a snooze past its end becomes follow_up_due "snooze"; either
 * way the conversation goes back to open (a status_changed by "system", so the log says why). Nothing
 * due is a no-op, which is what makes a second sweep (or a retried one) write nothing.
 */
export function decideWake(s: Conversation, ctx: DecideContext): Decision | DomainError {
  if (ctx.actor.email !== SYSTEM_ACTOR) {
    return domainError("forbidden", "errors.onlySweeperWakes");
  }
  const events: ConversationEvent[] = [];
  const event = (body: Parameters<typeof eventOf>[2]) => eventOf(ctx, SYSTEM_ACTOR, body);
  if (s.followUp !== undefined && s.followUp.dueAt <= ctx.nowMs) {
    events.push(event({ type: "follow_up_due", dueAt: s.followUp.dueAt, reason: "no_reply" }));
  } else if (s.status === "snoozed" && s.snoozedUntil !== null && s.snoozedUntil <= ctx.nowMs) {
    events.push(event({ type: "follow_up_due", dueAt: s.snoozedUntil, reason: "snooze" }));
  }
  if (events.length === 0) return NO_CHANGE;
  if (s.status !== "open") events.push(event({ type: "status_changed", from: s.status, to: "open" }));
  return { events };
}

/** Whether an inbound message is the customer answering (not history, not automatic mail). */
export function isCustomerReply(cmd: CommandOf<"record_message">): boolean {
  return cmd.direction === "inbound" && cmd.history !== true && cmd.automatic !== true;
}

/**
 * The follow-up fields after one event (applyEvent calls it after every event): the three follow-up
 * events set and clear them; a reply, a customer message or a status other than open means someone
 * acted, so the "follow-up due" marker goes; `wakeAt` is recomputed from what is left. Fields are
 * absent rather than null when there is nothing, so documents without follow-ups are unchanged.
 */
export function applyFollowUp(s: Conversation, e: ConversationEvent): Conversation {
  let followUp = s.followUp;
  let due = s.followUpDue;
  switch (e.type) {
    case "follow_up_set":
      followUp = { dueAt: e.dueAt, by: e.by };
      due = undefined;
      break;
    case "follow_up_cleared":
      followUp = undefined;
      due = undefined;
      break;
    case "follow_up_due":
      if (e.reason === "no_reply") followUp = undefined;
      due = { at: e.at, dueAt: e.dueAt, reason: e.reason };
      break;
    case "message_sent":
      if (e.automatic !== true) due = undefined;
      break;
    case "message_received":
      if (e.history !== true && e.automatic !== true) due = undefined;
      break;
    case "status_changed":
      if (e.to !== "open") due = undefined;
      break;
    default:
      break;
  }
  const wakeAt = earliest(followUp?.dueAt, s.status === "snoozed" ? s.snoozedUntil : null);
  const next: Conversation = { ...s };
  delete next.followUp;
  delete next.followUpDue;
  delete next.wakeAt;
  if (followUp !== undefined) next.followUp = followUp;
  if (due !== undefined) next.followUpDue = due;
  if (wakeAt !== null) next.wakeAt = wakeAt;
  return next;
}

function earliest(a: number | undefined, b: number | null): number | null {
  if (a === undefined) return b;
  return b === null ? a : Math.min(a, b);
}
