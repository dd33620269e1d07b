/**
 * What the pane reports to POST /conversations/observe for the message open in Outlook, under the
 * Baton mailbox the pane chose for it (chooseTeamMailbox), never the signed-in agent's own address.
 */
import type { ObserveRequest } from "../api/client";
import type { OpenItem } from "../office/types";
import { OBSERVING_LIMITS } from "@baton/shared/limits";

const AUTO_HEADER = OBSERVING_LIMITS.autoHeaderLength.value;

export function observeRequestFor(item: OpenItem, mailbox: string): ObserveRequest {
  const message = {
    messageId: item.internetMessageId,
    from: item.from.email,
    subject: item.subject,
    sentAt: new Date(item.sentAt).toISOString(),
    // Office.js has no Date header, only the item's time: when the message landed in the store,
    // i.e. its receipt. Said so, the backend treats it as the platform's time, not a sender's claim.
    receivedAt: new Date(item.sentAt).toISOString(),
    ...(item.inReplyTo === null ? {} : { inReplyTo: item.inReplyTo }),
    ...(item.references === null ? {} : { references: item.references }),
    ...(item.to.length === 0 ? {} : { to: item.to }),
    ...(item.cc.length === 0 ? {} : { cc: item.cc }),
    ...(item.hasAttachment === undefined ? {} : { hasAttachment: item.hasAttachment }),
    // Automatic mail (an out-of-office reply, a list): the backend records it without timing it.
    ...(item.autoSubmitted == null ? {} : { autoSubmitted: item.autoSubmitted.slice(0, AUTO_HEADER) }),
    ...(item.precedence == null ? {} : { precedence: item.precedence.slice(0, AUTO_HEADER) }),
  };
  return {
    mailbox,
    platform: "outlook",
    ...(item.conversationId === null ? {} : { platformThreadId: item.conversationId }),
    messages: [message],
  };
}
