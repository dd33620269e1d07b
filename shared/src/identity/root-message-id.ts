import { normalizeMessageId } from "./normalize-message-id";
import { parseMessageIds } from "./parse-message-ids";
import type { ThreadHeaders } from "./thread-headers";

/**
 * The thread's root: the first id of References (the thread's first message, by RFC 5322 3.6.4),
 * else In-Reply-To (a reply from a client that writes no References), else the message's own id (it
 * starts a thread). Null when the message carries no usable id at all (an unsent draft): the caller
 * must not invent an identity for it.
 */
export function rootMessageId(headers: ThreadHeaders): string | null {
  return (
    parseMessageIds(headers.references ?? "")[0] ??
    parseMessageIds(headers.inReplyTo ?? "")[0] ??
    ownMessageId(headers.messageId)
  );
}

/** The message's own id; a Message-ID without brackets or "@" is still the id its sender chose. */
export function ownMessageId(messageIdHeader: string): string | null {
  const parsed = parseMessageIds(messageIdHeader)[0];
  if (parsed !== undefined) return parsed;
  const raw = normalizeMessageId(messageIdHeader);
  return raw === "" ? null : raw;
}
