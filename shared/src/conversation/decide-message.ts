import { domainError, type DomainError } from "../errors";
import { normalizeMessageId } from "../identity";
import type { CommandOf } from "./commands";
import { decided, eventOf, NO_CHANGE, refuse, type DecideContext, type Decision } from "./decision";
import { isCustomerReply } from "./followup";
import { SYSTEM_ACTOR, type Conversation, type ConversationEvent } from "./types";

/**
 * Records a message seen in the mailbox; a member with `record` (agents and up, and the connectors'
 * system actor) may report one, because a recorded message moves SLA clocks. Who the actor is for an
 * outbound message (whose reply it is) is the store's call: see backend/src/store/attribution.ts. A Message-ID already recorded is a no-op, so the same message reported from
 * Gmail and from Outlook counts once.
 *
 * An inbound message wakes the conversation: resolved, pending (we were waiting on exactly this) and
 * snoozed all go back to open, as a separate `status_changed` by "system" so the log says why. An
 * outbound message changes no status and does NOT claim the conversation: replying is not taking
 * ownership (a lead answering one question must not end up owning the thread); the sidebar offers
 * "claim" separately, and `lastReplyBy` tells teammates who answered.
 */
export function decideRecordMessage(
  s: Conversation | null,
  cmd: CommandOf<"record_message">,
  ctx: DecideContext,
): Decision | DomainError {
  const refused = refuse(ctx, "record", "record");
  if (refused) return refused;
  const messageId = normalizeMessageId(cmd.messageId);
  if (messageId === "") return domainError("invalid_request", "errors.messageNoId");
  if (!Number.isFinite(cmd.sentAt)) return domainError("invalid_request", "errors.messageNoDate");
  // Commands arrive as JSON: the union's closed values are checked again at runtime.
  const direction: string = cmd.direction;
  if (direction !== "inbound" && direction !== "outbound") {
    return domainError("invalid_request", "errors.messageDirection");
  }
  if (s?.messageIds?.includes(messageId) === true) return NO_CHANGE;

  const message = {
    messageId,
    from: cmd.from.trim(),
    subject: cmd.subject,
    sentAt: cmd.sentAt,
    ...(cmd.history === true ? { history: true as const } : {}),
    ...(cmd.automatic === true ? { automatic: true as const } : {}),
  };
  if (cmd.direction === "outbound") return decided(ctx, { type: "message_sent", ...message });

  const events: ConversationEvent[] = decided(ctx, { type: "message_received", ...message }).events;
  // An out-of-office answer to our reply is not the customer coming back: pending stays pending.
  if (s !== null && s.status !== "open" && cmd.automatic !== true) {
    events.push(eventOf(ctx, SYSTEM_ACTOR, { type: "status_changed", from: s.status, to: "open" }));
  }
  // The customer answered: "remind me if no reply" has nothing left to remind of (followup.ts).
  if (s?.followUp !== undefined && isCustomerReply(cmd)) {
    events.push(eventOf(ctx, SYSTEM_ACTOR, { type: "follow_up_cleared", reason: "customer_replied" }));
  }
  return { events };
}
