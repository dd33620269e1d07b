/**
 * Reads the open thread with GmailApp and reports it the way POST /conversations/observe expects:
 * raw header values (identity/ in shared normalises them), addresses as Gmail gives them.
 */
import type { ObserveRequest } from "@baton/shared";
import { bareAddress } from "../app/addresses";

type ObservedMessageInput = ObserveRequest["messages"][number];

export interface OpenThread {
  threadId: string;
  messages: ObservedMessageInput[];
  /** Every address on the thread, lower-cased and bare: the shared mailbox is among them. */
  addresses: string[];
}

/** Observe accepts at most this many; the newest carry the replies that stop clocks. */
const MAX_MESSAGES = 200;

function splitAddresses(value: string): string[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function optionalHeader(message: GoogleAppsScript.Gmail.GmailMessage, name: string): string | undefined {
  const value = message.getHeader(name);
  return value === "" ? undefined : value;
}

/**
 * `gmail.accessToken` unlocks the open message under the gmail.addons.current.message.readonly scope,
 * which also covers the other messages of its thread.
 */
export function readOpenThread(event: GoogleAppsScript.Addons.EventObject): OpenThread | null {
  const gmail = event.gmail;
  if (gmail === undefined || gmail.messageId === "") return null;
  GmailApp.setCurrentMessageAccessToken(gmail.accessToken);
  const open = GmailApp.getMessageById(gmail.messageId);
  const thread = open.getThread();
  const messages = thread.getMessages().slice(-MAX_MESSAGES);
  const addresses = new Set<string>();
  const observed = messages.map((message): ObservedMessageInput => {
    const to = splitAddresses(message.getTo());
    const cc = splitAddresses(message.getCc());
    for (const address of [message.getFrom(), ...to, ...cc]) addresses.add(bareAddress(address));
    const inReplyTo = optionalHeader(message, "In-Reply-To");
    const references = optionalHeader(message, "References");
    return {
      messageId: message.getHeader("Message-ID"),
      ...(inReplyTo === undefined ? {} : { inReplyTo }),
      ...(references === undefined ? {} : { references }),
      from: message.getFrom(),
      to,
      cc,
      subject: message.getSubject(),
      sentAt: message.getDate().toISOString(),
    };
  });
  return { threadId: thread.getId(), messages: observed, addresses: [...addresses] };
}
