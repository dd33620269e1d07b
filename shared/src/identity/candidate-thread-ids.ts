import { parseMessageIds } from "./parse-message-ids";
import { ownMessageId, rootMessageId } from "./root-message-id";
import type { ThreadHeaders } from "./thread-headers";

/**
 * The ids to look up in the "known Message-IDs" index, best first, each once: the root, then the
 * References newest to oldest (the nearest known ancestor is the likeliest hit when References were
 * truncated), then In-Reply-To, then the message's own id (our own outbound message coming back in,
 * or a message seen before through the other client). The first hit names the conversation; with no
 * hit, the message starts a conversation keyed by `conversationKey`.
 */
export function candidateThreadIds(headers: ThreadHeaders): string[] {
  const ids: string[] = [];
  const root = rootMessageId(headers);
  if (root !== null) ids.push(root);
  ids.push(...parseMessageIds(headers.references ?? "").reverse());
  ids.push(...parseMessageIds(headers.inReplyTo ?? ""));
  const own = ownMessageId(headers.messageId);
  if (own !== null) ids.push(own);
  return [...new Set(ids)];
}
