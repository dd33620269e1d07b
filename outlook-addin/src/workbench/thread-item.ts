/**
 * Turns a seeded thread's latest received message (its event log) into the mailbox item the
 * Outlook stand-in exposes, so the task pane observes exactly the message the backend knows.
 */
import type { StandinItem } from "../office/host-standin";

export interface ReceivedMessage {
  messageId: string;
  from: string;
  subject: string;
  sentAt: number;
}

function bracketed(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith("<") ? trimmed : `<${trimmed}>`;
}

export function standinItemFor(
  conversationKey: string,
  message: ReceivedMessage,
  mailbox: string,
): StandinItem {
  const headers = [
    `Message-ID: ${bracketed(message.messageId)}`,
    `From: ${message.from}`,
    `To: ${mailbox}`,
    `Subject: ${message.subject}`,
    `Date: ${new Date(message.sentAt).toUTCString()}`,
  ].join("\r\n");
  return {
    internetMessageId: bracketed(message.messageId),
    // Exchange conversation ids are opaque base64; any stable per-thread string serves the stand-in.
    conversationId: `AAQk-${conversationKey}`,
    subject: message.subject,
    from: { emailAddress: message.from, displayName: message.from.split("@")[0] ?? message.from },
    to: [{ emailAddress: mailbox, displayName: mailbox }],
    dateTimeCreated: message.sentAt,
    internetHeaders: `${headers}\r\n`,
  };
}

/** The fragment workbench-pane.html reads: the stand-in's item, mailbox and theme, and who signs in. */
export function paneFragment(
  item: StandinItem | null,
  mailbox: string,
  as: string,
  theme: "light" | "dark",
): string {
  const params = new URLSearchParams({ mailbox, as, theme });
  if (item !== null) params.set("item", JSON.stringify(item));
  return params.toString();
}
