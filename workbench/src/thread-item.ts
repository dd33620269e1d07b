/**
 * Turns a seeded thread's latest received message (its event log) into the mailbox item the
 * Outlook stand-in exposes, so the task pane observes exactly the message the backend knows. The
 * item lives in the shared mailbox (its `owner`), while the stand-in's user is the agent.
 */
import type { StandinItem } from "@baton/outlook-addin/src/office/host-standin";

export interface ReceivedMessage {
  messageId: string;
  from: string;
  subject: string;
  sentAt: number;
}

/** How the simulated Outlook client behaves: the requirement set, and whether it has shared properties. */
export interface StandinClient {
  mailboxVersion?: string;
  sharedProperties?: "available" | "unavailable";
}

function bracketed(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith("<") ? trimmed : `<${trimmed}>`;
}

/**
 * The message as it sits in `mailbox`. `to` is where the customer wrote (default: the mailbox
 * itself); an alias such as help@ delivered into support@ leaves only the shared owner to tell.
 */
export function standinItemFor(
  conversationKey: string,
  message: ReceivedMessage,
  mailbox: string,
  to: string = mailbox,
): StandinItem {
  const headers = [
    `Message-ID: ${bracketed(message.messageId)}`,
    `From: ${message.from}`,
    `To: ${to}`,
    `Subject: ${message.subject}`,
    `Date: ${new Date(message.sentAt).toUTCString()}`,
  ].join("\r\n");
  return {
    internetMessageId: bracketed(message.messageId),
    // Exchange conversation ids are opaque base64; any stable per-thread string serves the stand-in.
    conversationId: `AAQk-${conversationKey}`,
    subject: message.subject,
    from: { emailAddress: message.from, displayName: message.from.split("@")[0] ?? message.from },
    to: [{ emailAddress: to, displayName: to }],
    dateTimeCreated: message.sentAt,
    internetHeaders: `${headers}\r\n`,
    owner: mailbox,
  };
}

/** A personal message in the agent's own mailbox that involves no Baton mailbox. */
export function privateItemFor(
  agent: string,
  from = "friend@elsewhere.test",
  sentAt = Date.now(),
): StandinItem {
  const messageId = `<private.${sentAt.toString(36)}@elsewhere.test>`;
  return {
    internetMessageId: messageId,
    conversationId: `AAQk-private-${sentAt.toString(36)}`,
    subject: "Lunch on Friday?",
    from: { emailAddress: from, displayName: from.split("@")[0] ?? from },
    to: [{ emailAddress: agent, displayName: agent }],
    dateTimeCreated: sentAt,
    internetHeaders: `Message-ID: ${messageId}\r\nFrom: ${from}\r\nTo: ${agent}\r\nSubject: Lunch on Friday?\r\n`,
    owner: agent,
  };
}

/** The fragment workbench-pane.html reads: the stand-in's item, the agent who signs in, theme, client. */
export function paneFragment(
  item: StandinItem | null,
  as: string,
  theme: "light" | "dark",
  client: StandinClient = {},
  displayLanguage?: string,
): string {
  const params = new URLSearchParams({ as, theme });
  // Office.context.displayLanguage of the stand-in (host-standin-entry.ts); absent, it says en-US.
  if (displayLanguage !== undefined) params.set("displayLanguage", displayLanguage);
  if (client.mailboxVersion !== undefined) params.set("mailboxVersion", client.mailboxVersion);
  if (client.sharedProperties === "unavailable") params.set("sharedProperties", "unavailable");
  if (item !== null) params.set("item", JSON.stringify(item));
  return params.toString();
}
