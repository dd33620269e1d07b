/**
 * Which instant Baton uses for a message. A `Date` header is the sender's claim: a broken mail
 * client, a forged header or a member's POST can say 0100-01-01 or 2999-01-01, and every SLA clock,
 * queue age and metric would then span centuries. The platform's receipt time (Gmail `internalDate`,
 * Graph `receivedDateTime`, the host's item time in the sidebars) is what the mailbox itself
 * witnessed, so it decides, and the header is kept only when it is plausibly close to it.
 */
import { LIMITS } from "../limits";

/**
 * How long before its receipt a header date is still believed. Mail is dated when it is composed,
 * not when it is delivered: an outbox that waits for a laptop to reconnect, greylisting and SMTP
 * retries (RFC 5321 keeps retrying for days, but almost all delays are hours) put real mail hours
 * behind its Date. A day keeps those as the sender wrote them; anything older reads as the receipt.
 */
export const MAX_HEADER_LEAD_MS = LIMITS.headerLead.value;

/**
 * How far a header date may run ahead of its receipt (or of now): a sender's clock that drifts a
 * few minutes. Beyond that the date is impossible (the message cannot be written after it arrived).
 */
export const MAX_CLOCK_SKEW_MS = LIMITS.clockSkew.value;

export interface MessageTimeInput {
  /** The `Date` header (or a client's sentAt): the sender's claim. */
  claimedAt?: number | undefined;
  /** When the platform received the message; what the mailbox itself witnessed. */
  receivedAt?: number | undefined;
  /**
   * When the mailbox joined Baton; undefined when nobody knows (then nothing is history: every
   * message is timed, as before mailboxes recorded when they joined).
   */
  mailboxStartAt?: number | undefined;
  nowMs: number;
}

/** Why the product's instant differs from the message's own one ("none" when it does not). */
export type MessageTimeClamp = "none" | "future";

export interface MessageTime {
  /** The instant the product uses: events, queue and display; the message's own time, never after now. */
  at: number;
  /** Where the message's own time came from. */
  source: "header" | "receipt" | "now";
  /** The message's own time (header or receipt as chosen) before clamping, for an audit trail. */
  ownAt: number;
  clamp: MessageTimeClamp;
  /**
   * Sent before the mailbox joined Baton: history imported at connection (a connector's first sync,
   * an agent opening an old thread). It is recorded (the conversation shows it, it is context) but
   * not timed: it starts no SLA clock and is no metric, so an archive from 2009 puts neither
   * "oldest 6214d" on the queue nor "Breached 5820d ago" on the dashboard. The team could not have
   * answered it through Baton; the customer's first message at or after the join starts the clocks.
   */
  history: boolean;
}

const usable = (t: number | undefined): t is number => t !== undefined && Number.isFinite(t);

/**
 * The instant Baton uses for a message: the header date when it lies within
 * [receipt - MAX_HEADER_LEAD_MS, receipt + MAX_CLOCK_SKEW_MS], else the receipt; with only a header
 * (an older client), the header; with neither, now. Nothing happens after now, so a later instant is
 * clamped to now; an earlier one is kept as the sender dated it (the conversation shows it so), and
 * the message is `history` when that is before the mailbox joined Baton.
 */
export function chooseMessageTime(input: MessageTimeInput): MessageTime {
  const { claimedAt, receivedAt, nowMs } = input;
  let ownAt: number;
  let source: MessageTime["source"];
  if (usable(receivedAt)) {
    const plausible =
      usable(claimedAt) &&
      claimedAt >= receivedAt - MAX_HEADER_LEAD_MS &&
      claimedAt <= receivedAt + MAX_CLOCK_SKEW_MS;
    ownAt = plausible ? claimedAt : receivedAt;
    source = plausible ? "header" : "receipt";
  } else if (usable(claimedAt)) {
    ownAt = claimedAt;
    source = "header";
  } else {
    ownAt = nowMs;
    source = "now";
  }
  const history = usable(input.mailboxStartAt) && ownAt < Math.min(input.mailboxStartAt, nowMs);
  if (ownAt > nowMs) return { at: nowMs, source, ownAt, clamp: "future", history };
  return { at: ownAt, source, ownAt, clamp: "none", history };
}

/**
 * Whether an event is a message recorded but not timed: history, or automatic mail (auto-mail.ts:
 * an out-of-office reply, a list, our own auto-ack). The SLA replay starts and stops no clock on it
 * and the metrics facts leave it out, so the fold, the replay and the facts agree.
 */
export function isHistory(event: { type: string; history?: boolean; automatic?: boolean }): boolean {
  return (
    (event.type === "message_received" || event.type === "message_sent") &&
    (event.history === true || event.automatic === true)
  );
}
