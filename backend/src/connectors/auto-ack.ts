import type { MailMessage } from "./mail-message";
import type { MessageSink, NewConversation } from "./sink";
import type { AutoAckOptions } from "./state";

/**
 * Sends the acknowledgement as a reply to `message`, through the mailbox's own connector. `sending`
 * is called with the acknowledgement's Message-ID once it is known and before it is sent, so that
 * when the sent copy comes back (Sent Items, a sidebar) Baton knows it is its own automatic mail
 * and it stops no first-response clock (conversation/auto-mail.ts).
 */
export interface AckSender {
  reply(
    message: MailMessage,
    subject: string,
    body: string,
    sending: (messageId: string) => Promise<void>,
  ): Promise<void>;
}

/**
 * Once-per-conversation markers. `claim` creates the marker and answers false when it exists, so a
 * replayed page, a second connector run or a retry never sends twice; a failed send stays marked
 * (at most once beats twice to a customer) and is reported.
 */
export interface AckLedger {
  claim(conversationKey: string, nowMs: number): Promise<boolean>;
  /** Records the acknowledgement's Message-ID (on the marker and in the org's auto-ack index). */
  sending(conversationKey: string, messageId: string, nowMs: number): Promise<void>;
  settle(conversationKey: string, outcome: { sentAt: number } | { error: string }): Promise<void>;
}

export interface AutoAckConfig {
  options: AutoAckOptions;
  mailbox: string;
  /** Messages dated before this (the initial backfill) are never acknowledged. */
  connectedAt: number;
  sender: AckSender;
  ledger: AckLedger;
  now: () => number;
  onSent?: (count: number) => Promise<void>;
  onError?: (error: unknown) => void;
}

/** Senders nobody should auto-reply to (RFC 3834 section 2: avoid mail loops). */
const NO_REPLY = /^(no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounces?)([+@.-]|$)/i;

export function fillTemplate(template: string, values: { subject: string; mailbox: string }): string {
  return template.replaceAll("{subject}", values.subject).replaceAll("{mailbox}", values.mailbox);
}

export function shouldAcknowledge(
  conversation: NewConversation,
  config: Pick<AutoAckConfig, "connectedAt" | "mailbox">,
): boolean {
  const m = conversation.message;
  const from = (/<([^<>]*)>\s*$/.exec(m.from)?.[1] ?? m.from).trim().toLowerCase();
  return !m.automated && m.sentAt >= config.connectedAt && from !== config.mailbox && !NO_REPLY.test(from);
}

/** Acknowledges the new conversations of one ingested batch. */
export async function acknowledge(
  conversations: readonly NewConversation[],
  config: AutoAckConfig,
): Promise<number> {
  if (!config.options.enabled) return 0;
  let sent = 0;
  for (const conversation of conversations) {
    if (!shouldAcknowledge(conversation, config)) continue;
    if (!(await config.ledger.claim(conversation.conversationKey, config.now()))) continue;
    const values = { subject: conversation.message.subject, mailbox: config.mailbox };
    try {
      await config.sender.reply(
        conversation.message,
        fillTemplate(config.options.subject, values),
        fillTemplate(config.options.body, values),
        (messageId) => config.ledger.sending(conversation.conversationKey, messageId, config.now()),
      );
      await config.ledger.settle(conversation.conversationKey, { sentAt: config.now() });
      sent++;
    } catch (error) {
      await config.ledger.settle(conversation.conversationKey, {
        error: error instanceof Error ? error.message : String(error),
      });
      config.onError?.(error);
    }
  }
  if (sent > 0) await config.onSent?.(sent);
  return sent;
}

/** A sink that acknowledges what its inner sink reports as new, after the batch is recorded. */
export function withAutoAck(inner: MessageSink, config: AutoAckConfig): MessageSink {
  return {
    async ingest(batch) {
      const result = await inner.ingest(batch);
      await acknowledge(result.newConversations, config);
      return result;
    },
  };
}

/**
 * A Message-ID for an acknowledgement, in the mailbox's domain (RFC 5322 3.6.4: unique, the right
 * side a domain the sender controls), set by Baton so it is known before the send.
 */
export function ackMessageId(mailbox: string, unique: string): string {
  return `<baton-ack.${unique}@${mailbox.split("@")[1] ?? "baton.invalid"}>`;
}

/** RFC 5322 text of a plain-text reply (Gmail's messages.send takes it base64url-encoded as `raw`). */
export function replyMime(
  message: MailMessage,
  from: string,
  subject: string,
  body: string,
  messageId: string,
): string {
  const references = [message.references, message.messageId]
    .filter((v): v is string => v !== undefined && v.trim() !== "")
    .join(" ");
  const encodedSubject = /^[\x20-\x7e]*$/.test(subject)
    ? subject
    : `=?UTF-8?B?${Buffer.from(subject).toString("base64")}?=`;
  return [
    `From: ${from}`,
    `To: ${message.from}`,
    // Our own id (Gmail keeps a Message-ID the client sets): recorded before the send (ledger.sending).
    `Message-ID: ${messageId}`,
    `Subject: ${encodedSubject}`,
    `In-Reply-To: ${message.messageId}`,
    `References: ${references}`,
    // RFC 3834: marks the reply as automatic so well-behaved responders do not answer it.
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from(body).toString("base64"),
  ].join("\r\n");
}
