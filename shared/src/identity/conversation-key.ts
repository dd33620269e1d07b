import { hashId } from "./hash-id";
import { normalizeMessageId } from "./normalize-message-id";
import { rootMessageId } from "./root-message-id";
import type { ThreadHeaders } from "./thread-headers";

/**
 * The conversation's Firestore id: "c_" + hash of the normalised root Message-ID, so both clients
 * compute the same key from the headers alone. Null when the message has no id to thread by.
 */
export function conversationKey(headers: ThreadHeaders): string | null {
  const root = rootMessageId(headers);
  return root === null ? null : hashId("c_", root);
}

/** The id of a Message-ID in the backend's "known Message-IDs" index: "m_" + hash of the normal form. */
export function messageKey(messageId: string): string {
  return hashId("m_", normalizeMessageId(messageId));
}
