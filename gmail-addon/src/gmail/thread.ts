/**
 * Reads the open thread with GmailApp, as little as an open needs: who is on it (From/To/Cc) to
 * tell a team thread from a private one, and the headers POST /conversations/observe expects
 * (raw values; identity/ in shared normalises them) only for messages not reported yet. What was
 * reported is remembered per thread in the user cache (thread-memo.ts); a miss means "read again".
 */
import type { ObserveRequest } from "@baton/shared";
import { chooseMailbox, type MessageAddresses } from "../app/mailbox";
import { mailboxesFingerprint, memoStillHolds, type ThreadMemo } from "../app/thread-memo-rules";
import { readThreadMemo, writeThreadMemo } from "./thread-memo";
import { OBSERVING_LIMITS, ROUTING_LIMITS } from "@baton/shared/limits";

type ObservedMessageInput = ObserveRequest["messages"][number];
type GmailMessage = GoogleAppsScript.Gmail.GmailMessage;

export type ThreadRead =
  | { kind: "no_message" }
  /** No Baton mailbox on the thread: nothing about it may be sent anywhere. */
  | { kind: "private"; threadId: string }
  /** Reported before and nothing new since: the card comes from the conversation's key. */
  | { kind: "unchanged"; threadId: string; conversationKey: string }
  /** Messages to report; `memo` is what to remember once the backend accepted them. */
  | { kind: "report"; threadId: string; mailbox: string; messages: ObservedMessageInput[]; memo: ThreadMemo };

/** Observe accepts at most this many; the newest carry the replies that stop clocks. */
const MAX_MESSAGES = OBSERVING_LIMITS.observedMessages.value;

function splitAddresses(value: string): string[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** Three Gmail calls: all the add-on needs to decide whether a message involves a Baton mailbox. */
function readAddresses(message: GmailMessage): Required<MessageAddresses> {
  return {
    from: message.getFrom(),
    to: splitAddresses(message.getTo()),
    cc: splitAddresses(message.getCc()),
  };
}

function optionalHeader(message: GmailMessage, name: string): string | undefined {
  const value = message.getHeader(name);
  return value === "" ? undefined : value;
}

/**
 * getDate() is the date Gmail shows, its receipt (internalDate); the Date header is the sender's
 * claim, sent beside it so the backend can keep it when it is plausibly close (and fall back to the
 * receipt when the header is missing or junk).
 */
function sentAndReceived(message: GmailMessage): { sentAt: string; receivedAt: string } {
  const receivedAt = message.getDate();
  const claimed = Date.parse(message.getHeader("Date"));
  const sentAt = Number.isNaN(claimed) ? receivedAt : new Date(claimed);
  return { sentAt: sentAt.toISOString(), receivedAt: receivedAt.toISOString() };
}

/**
 * Characters of message text one report carries in all, for routing rules' `snippet` (each message's
 * first routingSnippetLength characters, 10,000): the first report of a 200-message thread would
 * otherwise carry 2,000,000 characters, past the API's 1 MiB request body. The earliest messages
 * get theirs first, since a new conversation's rules read its first message; later customer
 * messages are reported a few at a time. Past it, a message goes without (rules see "").
 */
export const REPORT_SNIPPET_CHARACTERS = 50_000;
const SNIPPET_LENGTH = ROUTING_LIMITS.routingSnippetLength.value;
const AUTO_HEADER = OBSERVING_LIMITS.autoHeaderLength.value;

/**
 * Nine more calls (Date is one), only for a message that is reported, and getPlainBody while the
 * report's snippet budget lasts: routing rules' `hasAttachment` (files, not inline pictures, as the
 * connectors count them), `snippet` (the start of the plain text), and Auto-Submitted / Precedence,
 * which mark automatic mail the backend records without timing it (conversation/auto-mail).
 */
function readReport(
  message: GmailMessage,
  addresses: Required<MessageAddresses>,
  snippetRoom: number,
): ObservedMessageInput {
  const inReplyTo = optionalHeader(message, "In-Reply-To");
  const references = optionalHeader(message, "References");
  // Only the keyword matters; a longer header is cut rather than the report refused.
  const autoSubmitted = optionalHeader(message, "Auto-Submitted")?.slice(0, AUTO_HEADER);
  const precedence = optionalHeader(message, "Precedence")?.slice(0, AUTO_HEADER);
  const snippet =
    snippetRoom > 0 ? message.getPlainBody().slice(0, Math.min(SNIPPET_LENGTH, snippetRoom)) : undefined;
  return {
    messageId: message.getHeader("Message-ID"),
    ...(inReplyTo === undefined ? {} : { inReplyTo }),
    ...(references === undefined ? {} : { references }),
    ...addresses,
    subject: message.getSubject(),
    ...sentAndReceived(message),
    hasAttachment: message.getAttachments({ includeInlineImages: false }).length > 0,
    ...(snippet === undefined ? {} : { snippet }),
    ...(autoSubmitted === undefined ? {} : { autoSubmitted }),
    ...(precedence === undefined ? {} : { precedence }),
  };
}

function report(
  threadId: string,
  mailbox: string,
  messages: GmailMessage[],
  addresses: Array<Required<MessageAddresses>>,
  threadLength: number,
): ThreadRead {
  let snippetRoom = REPORT_SNIPPET_CHARACTERS;
  const observed = messages.map((message, i) => {
    const read = readReport(message, addresses[i] ?? readAddresses(message), snippetRoom);
    snippetRoom -= read.snippet?.length ?? 0;
    return read;
  });
  const lastMessageId = observed[observed.length - 1]?.messageId ?? "";
  return {
    kind: "report",
    threadId,
    mailbox,
    messages: observed,
    memo: { count: threadLength, lastMessageId, mailbox },
  };
}

/**
 * `gmail.accessToken` unlocks the open message under the gmail.addons.current.message.readonly
 * scope, which also covers the other messages of its thread. The thread is keyed by the event's
 * `gmail.threadId` before any message is read.
 */
export function readOpenThread(
  event: GoogleAppsScript.Addons.EventObject,
  teamMailboxes: string[],
): ThreadRead {
  const gmail = event.gmail;
  if (gmail === undefined || gmail.messageId === "") return { kind: "no_message" };
  GmailApp.setCurrentMessageAccessToken(gmail.accessToken);
  const thread = GmailApp.getMessageById(gmail.messageId).getThread();
  const threadId =
    typeof gmail.threadId === "string" && gmail.threadId !== "" ? gmail.threadId : thread.getId();
  const all = thread.getMessages();
  if (all.length === 0) return { kind: "no_message" };

  const ids = new Map<number, string>();
  const messageIdAt = (index: number): string => {
    const known = ids.get(index);
    if (known !== undefined) return known;
    const id = all[index]?.getHeader("Message-ID") ?? "";
    ids.set(index, id);
    return id;
  };
  const fingerprint = mailboxesFingerprint(teamMailboxes);
  const memo = readThreadMemo(threadId);

  if (memoStillHolds(memo, all.length, messageIdAt)) {
    const fresh = all.slice(Math.max(memo.count, all.length - MAX_MESSAGES));
    if (memo.mailbox === null && memo.mailboxesFingerprint === fingerprint) {
      // Still private unless a new message brought a Baton mailbox in (then read it all below).
      if (chooseMailbox(fresh.map(readAddresses), teamMailboxes) === null) {
        if (fresh.length > 0)
          writeThreadMemo(threadId, {
            ...memo,
            count: all.length,
            lastMessageId: messageIdAt(all.length - 1),
          });
        return { kind: "private", threadId };
      }
    } else if (memo.mailbox !== null && teamMailboxes.includes(memo.mailbox)) {
      if (fresh.length === 0 && memo.conversationKey !== undefined)
        return { kind: "unchanged", threadId, conversationKey: memo.conversationKey };
      if (fresh.length > 0) return report(threadId, memo.mailbox, fresh, [], all.length);
    }
  }

  const window = all.slice(-MAX_MESSAGES);
  const addresses = window.map(readAddresses);
  const mailbox = chooseMailbox(addresses, teamMailboxes);
  if (mailbox === null) {
    writeThreadMemo(threadId, {
      count: all.length,
      lastMessageId: messageIdAt(all.length - 1),
      mailbox: null,
      mailboxesFingerprint: fingerprint,
    });
    return { kind: "private", threadId };
  }
  return report(threadId, mailbox, window, addresses, all.length);
}
