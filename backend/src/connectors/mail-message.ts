import { isAutomatic, observedMessageSchema, type ObservedMessage } from "@baton/shared";
import { OBSERVING_LIMITS } from "@baton/shared/limits";

/**
 * One message as a provider reports it, before it becomes the sidebars' observe input. Header values
 * stay raw (identity/ normalises Message-IDs); addresses are whatever the provider gave.
 */
export interface MailMessage {
  /** The provider's own id (Gmail message id, Graph item id): what a re-fetch or reply needs. */
  providerId: string;
  /** Gmail threadId / Exchange conversationId: stored as an alias, never as the identity. */
  threadId: string | undefined;
  messageId: string;
  inReplyTo?: string | undefined;
  references?: string | undefined;
  from: string;
  to: readonly string[];
  cc: readonly string[];
  subject: string;
  /** The `Date` header (or the provider's sent time): the sender's claim. */
  sentAt: number;
  /**
   * When the provider received it (Gmail internalDate, Graph receivedDateTime): the time the
   * observe path trusts over `sentAt` unless the two are plausibly close (chooseMessageTime).
   */
  receivedAt?: number | undefined;
  /** The start of the body (Gmail's snippet, Graph's bodyPreview), for routing rules. */
  snippet?: string | undefined;
  /** It carries attachments, for routing rules. */
  hasAttachment?: boolean | undefined;
  /** RFC 3834 Auto-Submitted / Precedence bulk: never auto-acknowledged. */
  automated: boolean;
  /** The raw headers behind `automated`, handed to observe, which decides (conversation/auto-mail). */
  autoSubmitted?: string | undefined;
  precedence?: string | undefined;
  /**
   * Read from the mailbox's Sent mail (Gmail label SENT; the Graph Sent Items delta), so sent by
   * the mailbox's own account. The only thing that makes a connector's message outbound: a From
   * header is the sender's claim (issue 11).
   */
  sent: boolean;
}

/**
 * The observe input of one provider message, validated by the very schema the HTTP API applies to
 * sidebar bodies, so a connector can never record something a sidebar could not. Recipients that do
 * not parse are dropped (they only inform, they never decide direction); a message without a usable
 * Message-ID, From or date is refused (null) because it cannot be threaded or timed. `sent` is not
 * part of it: a sidebar's body cannot carry it, so the observe sink hands it over beside the input.
 */
export function toObservedMessage(message: Omit<MailMessage, "sent">): ObservedMessage | null {
  if (!Number.isFinite(message.sentAt)) return null;
  const recipients = (list: readonly string[]) =>
    list.filter((address) => observedMessageSchema.shape.from.safeParse(address).success);
  const parsed = observedMessageSchema.safeParse({
    messageId: message.messageId,
    ...(nonEmpty(message.inReplyTo) ? { inReplyTo: message.inReplyTo } : {}),
    ...(nonEmpty(message.references) ? { references: message.references } : {}),
    from: message.from,
    to: recipients(message.to).slice(0, 500),
    cc: recipients(message.cc).slice(0, 500),
    subject: message.subject.slice(0, 2000),
    sentAt: new Date(message.sentAt).toISOString(),
    ...(isoSafe(message.receivedAt) ? { receivedAt: new Date(message.receivedAt).toISOString() } : {}),
    ...(message.snippet === undefined ? {} : { snippet: message.snippet }),
    ...(message.hasAttachment === undefined ? {} : { hasAttachment: message.hasAttachment }),
    // Only the keyword matters (auto-mail.ts); a longer header is cut rather than the message lost.
    ...(nonEmpty(message.autoSubmitted)
      ? { autoSubmitted: message.autoSubmitted.slice(0, AUTO_HEADER) }
      : {}),
    ...(nonEmpty(message.precedence) ? { precedence: message.precedence.slice(0, AUTO_HEADER) } : {}),
  });
  return parsed.success ? parsed.data : null;
}

const AUTO_HEADER = OBSERVING_LIMITS.autoHeaderLength.value;

/** toISOString throws outside +-8.64e15 ms; a receipt time we cannot write is left out. */
function isoSafe(t: number | undefined): t is number {
  return t !== undefined && Number.isFinite(t) && Math.abs(t) <= 8.64e15;
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== "";
}

/**
 * Splits an address-list header ("Ana <a@x.test>, \"Lee, Bo\" <b@x.test>") at the commas that
 * separate addresses, not those inside quotes or angle brackets.
 */
export function splitAddressList(header: string | undefined): string[] {
  if (header === undefined) return [];
  const out: string[] = [];
  let current = "";
  let quoted = false;
  let angle = 0;
  for (let i = 0; i < header.length; i++) {
    const c = header.charAt(i);
    if (c === "\\" && quoted) {
      current += c + header.charAt(i + 1);
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "<") angle++;
    else if (!quoted && c === ">") angle = Math.max(0, angle - 1);
    if (c === "," && !quoted && angle === 0) {
      out.push(current);
      current = "";
    } else current += c;
  }
  out.push(current);
  return out.map((part) => part.trim()).filter((part) => part !== "");
}

/** RFC 3834 by the shared rule (conversation/auto-mail): what the observe path applies too. */
export function isAutomated(autoSubmitted: string | undefined, precedence: string | undefined): boolean {
  return isAutomatic({ autoSubmitted, precedence, messageId: "", knownAutoAckIds: [] });
}
