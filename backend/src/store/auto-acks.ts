import { messageKey, normalizeMessageId } from "@baton/shared";
import type { Firestore, Transaction } from "firebase-admin/firestore";
import { paths } from "./paths";

/**
 * orgs/{org}/autoAcks/{messageKey}: the Message-IDs of the acknowledgements Baton's connectors sent.
 * A Graph reply carries no Auto-Submitted header (Graph only lets a client add X- headers), so when
 * it comes back through Sent Items, or a sidebar sees it in the thread, only its recorded id says it
 * is ours and automatic (conversation/auto-mail.ts). Written before the send, so it is there
 * whenever the sent copy is observed. No member reads it (firestore.rules grants nothing on it).
 */
export function autoAckRef(db: Firestore, org: string, messageId: string) {
  return paths
    .org(db, org)
    .collection("autoAcks")
    .doc(messageKey(normalizeMessageId(messageId)));
}

/** Records an acknowledgement's Message-ID before it is sent. */
export async function recordAutoAck(
  db: Firestore,
  org: string,
  input: { messageId: string; conversationKey: string; at: number },
): Promise<void> {
  await autoAckRef(db, org, input.messageId).set({
    messageId: normalizeMessageId(input.messageId),
    conversationKey: input.conversationKey,
    at: input.at,
  });
}

/** Which of `ids` (normalised) are Baton's own acknowledgements; one read each, in the transaction. */
export async function knownAutoAcksInTx(
  tx: Transaction,
  db: Firestore,
  org: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const snapshots = await tx.getAll(...ids.map((id) => autoAckRef(db, org, id)));
  return new Set(ids.filter((_, i) => snapshots[i]?.exists === true));
}
