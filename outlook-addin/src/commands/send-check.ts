/**
 * Whether to let a reply go without a prompt. A Smart Alert asks "send anyway?" when a teammate owns
 * the conversation, replied within the last few minutes, or is writing a reply right now (their
 * compose pane's `replying` presence) — the double reply Baton exists to prevent.
 */
import type { ObserveRequest } from "../api/client";
import type { OutgoingMessage, SendDecision } from "../office/send-event";
import { agoText, nameLookup } from "@baton/shared/view";
import type { Member } from "../api/client";
import { OUTLOOK_PANE_LIMITS } from "@baton/shared/limits";

/** A teammate's reply this recent makes a second reply likely to be a duplicate. */
export const RECENT_REPLY_MS = OUTLOOK_PANE_LIMITS.recentReply.value;

export interface SendContext {
  assignee: string | null;
  lastReplyBy: string | null;
  lastOutboundAt: number | null;
}

/** A presence entry as the conversation's view lists it (others only, expired ones dropped). */
export interface SendPresence {
  email: string;
  state: "viewing" | "replying";
}

export function decideSend(
  conversation: SendContext,
  me: string,
  members: Member[],
  nowMs: number,
  presence: readonly SendPresence[] = [],
): SendDecision {
  const self = me.toLowerCase();
  const nameOf = nameLookup(members);
  const replier = conversation.lastReplyBy?.toLowerCase() ?? null;
  if (
    replier !== null &&
    replier !== self &&
    conversation.lastOutboundAt !== null &&
    nowMs - conversation.lastOutboundAt <= RECENT_REPLY_MS
  ) {
    const ago = agoText(conversation.lastOutboundAt, nowMs);
    return {
      allow: false,
      message: `${nameOf(replier)} already replied ${ago} — send anyway?`,
    };
  }
  const writing = presence.find((entry) => entry.state === "replying" && entry.email.toLowerCase() !== self);
  if (writing !== undefined) {
    return {
      allow: false,
      message: `${nameOf(writing.email)} is replying to this conversation — send anyway?`,
    };
  }
  const owner = conversation.assignee?.toLowerCase() ?? null;
  if (owner !== null && owner !== self) {
    return { allow: false, message: `${nameOf(owner)} owns this conversation — send anyway?` };
  }
  return { allow: true };
}

/** What the task pane remembers per Exchange conversation, for the send handler to find it. */
export interface RememberedConversation {
  key: string;
  /** The Internet Message-ID of the message the pane last showed in this thread. */
  lastMessageId: string;
}

/**
 * The outgoing reply as an observation. Compose mode has no Message-ID yet, so the reply gets a
 * Baton-made id; it joins the conversation through In-Reply-To (the message the pane last showed)
 * and Exchange's conversationId alias.
 */
export function outboundObservation(
  outgoing: OutgoingMessage,
  remembered: RememberedConversation | null,
  nowMs: number,
  sendId: string,
): ObserveRequest {
  return {
    mailbox: outgoing.mailbox,
    platform: "outlook",
    ...(outgoing.conversationId === null ? {} : { platformThreadId: outgoing.conversationId }),
    messages: [
      {
        messageId: `<baton-send-${sendId}@outlook.invalid>`,
        ...(remembered === null
          ? {}
          : { inReplyTo: remembered.lastMessageId, references: remembered.lastMessageId }),
        from: outgoing.from,
        ...(outgoing.to.length === 0 ? {} : { to: outgoing.to }),
        ...(outgoing.cc.length === 0 ? {} : { cc: outgoing.cc }),
        subject: outgoing.subject,
        sentAt: new Date(nowMs).toISOString(),
      },
    ],
  };
}
