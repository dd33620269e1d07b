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

/**
 * How far before the mailbox joined Baton a message keeps its own time. The connectors' first sync
 * reaches a week back by default (longer when an admin asks) and agents open older threads in the
 * sidebars; a customer who wrote ten days before the team switched Baton on really has waited ten
 * days. Older mail is history: its clocks start here, so an archive imported from 2009 does not
 * put "oldest 6214d" on the dashboard or make the business-time engine walk decades.
 */
export const MAX_HISTORY_BEFORE_MAILBOX_MS = LIMITS.historyBeforeMailbox.value;

export interface MessageTimeInput {
  /** The `Date` header (or a client's sentAt): the sender's claim. */
  claimedAt?: number | undefined;
  /** When the platform received the message; what the mailbox itself witnessed. */
  receivedAt?: number | undefined;
  /**
   * When the mailbox joined Baton; undefined when nobody knows (then it is taken as now, so only
   * the history allowance applies).
   */
  mailboxStartAt?: number | undefined;
  nowMs: number;
}

/** Why the product's instant differs from the message's own one ("none" when it does not). */
export type MessageTimeClamp = "none" | "future" | "before_mailbox";

export interface MessageTime {
  /** The instant the product uses: events, SLA clocks, queue ages and metrics. */
  at: number;
  /** Where the message's own time came from. */
  source: "header" | "receipt" | "now";
  /** The message's own time (header or receipt as chosen) before clamping, for an audit trail. */
  ownAt: number;
  clamp: MessageTimeClamp;
}

const usable = (t: number | undefined): t is number => t !== undefined && Number.isFinite(t);

/**
 * The instant Baton uses for a message: the header date when it lies within
 * [receipt - MAX_HEADER_LEAD_MS, receipt + MAX_CLOCK_SKEW_MS], else the receipt; with only a header
 * (an older client), the header; with neither, now. That instant is then clamped into
 * [mailbox start - MAX_HISTORY_BEFORE_MAILBOX_MS, now]: nothing happens after now, and mail from
 * before the mailbox's history allowance counts from the allowance's edge.
 *
 * Clamping moves the product's instant and keeps the message's own time in `ownAt`: the mail client
 * still shows the message as dated by its sender, while Baton's clocks, the queue's "oldest" and
 * the metrics only count time the team could have been answering it.
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
  const start = usable(input.mailboxStartAt) ? Math.min(input.mailboxStartAt, nowMs) : nowMs;
  const floor = start - MAX_HISTORY_BEFORE_MAILBOX_MS;
  if (ownAt > nowMs) return { at: nowMs, source, ownAt, clamp: "future" };
  if (ownAt < floor) return { at: floor, source, ownAt, clamp: "before_mailbox" };
  return { at: ownAt, source, ownAt, clamp: "none" };
}
