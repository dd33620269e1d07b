/**
 * Automatic mail is not a customer or a reply. An out-of-office answer, a mailing list's copy, a
 * bounce or Baton's own acknowledgement lands in the thread like any message, but nobody is waiting
 * on it and nobody answered with it: counted, it would start a first-response clock for a robot,
 * reopen a conversation we were pending on, or stop the clock the customer is still waiting on.
 * Such a message is recorded (the thread shows it) and marked `automatic`, which the SLA replay and
 * the metrics treat like history: untimed (message-time.ts isHistory).
 */
import { normalizeMessageId } from "../identity";

export interface AutoMailInput {
  /** The raw `Auto-Submitted` header (RFC 3834), when present. */
  autoSubmitted?: string | undefined;
  /** The raw `Precedence` header (RFC 2076; not standard, but what lists and responders set). */
  precedence?: string | undefined;
  /** The message's own Message-ID, raw or normalised. */
  messageId: string;
  /** Normalised Message-IDs of the acknowledgements Baton sent itself (recorded when sent). */
  knownAutoAckIds: ReadonlySet<string> | readonly string[];
}

/** Why a message is automatic; null for a person's mail. */
export type AutoMailReason = "auto-submitted" | "precedence" | "own-auto-ack";

/**
 * Precedence values that mark mail nobody typed to us: mailing lists (`list`), bulk senders
 * (`bulk`, `junk`) and responders that follow the older convention (`auto_reply`, as Exchange and
 * many vacation programs do alongside or instead of Auto-Submitted). `first-class`, `special-delivery`
 * and `normal` are a person's.
 */
const AUTOMATIC_PRECEDENCE: ReadonlySet<string> = new Set(["bulk", "list", "junk", "auto_reply"]);

/**
 * The header's keyword: RFC 3834 allows parameters after `;` ("auto-replied; owner-email=...") and
 * RFC 5322 comments in parentheses and folding whitespace anywhere; the keyword is case-insensitive.
 */
export function headerKeyword(value: string | undefined): string {
  if (value === undefined) return "";
  const withoutComments = value.replace(/\([^()]*\)/g, " ");
  return (withoutComments.split(";")[0] ?? "").trim().toLowerCase();
}

/**
 * Why the message is automatic, or null. RFC 3834 section 5: any Auto-Submitted keyword other than
 * `no` (auto-generated, auto-replied, auto-notified, and extensions) marks automatic mail; an empty
 * header says nothing. `X-Auto-Response-Suppress` is deliberately not read: it asks others not to
 * auto-reply, it does not say the message is automatic (Outlook sets it on meeting mail people write).
 */
export function automaticReason(input: AutoMailInput): AutoMailReason | null {
  const auto = headerKeyword(input.autoSubmitted);
  if (auto !== "" && auto !== "no") return "auto-submitted";
  if (AUTOMATIC_PRECEDENCE.has(headerKeyword(input.precedence))) return "precedence";
  const id = normalizeMessageId(input.messageId);
  const known = input.knownAutoAckIds;
  if (id !== "" && ("has" in known ? known.has(id) : known.includes(id))) return "own-auto-ack";
  return null;
}

/** Whether the message is automatic: recorded, never starting or stopping a clock. */
export function isAutomatic(input: AutoMailInput): boolean {
  return automaticReason(input) !== null;
}
