import type { Status } from "@baton/shared";
import { FieldPath, type DocumentData, type Firestore, type Query } from "firebase-admin/firestore";
import { paths } from "./paths";

export interface QueueFilter {
  mailbox?: string | undefined;
  /** An email, or null for unassigned; undefined for anyone. */
  assignee?: string | null | undefined;
  statuses: Status[];
  /** Only conversations whose notes mention this address (the document's `mentioned`). */
  mentions?: string | undefined;
  limit: number;
  /** Where the previous page ended. */
  after?: { queueOrder: number; key: string } | undefined;
}

export interface QueuePage {
  docs: Array<{ key: string; data: DocumentData }>;
  /** Set when there may be more. */
  last: { queueOrder: number; key: string } | null;
}

/**
 * Conversations by next deadline (sla.queueOrder ascending, key as tie-break), filtered by equality on
 * mailbox / assignee and `in` on status. Composite indexes (firestore.indexes.json) cover status with
 * each combination of mailbox and assignee, ordered by sla.queueOrder.
 */
export async function queryQueue(db: Firestore, org: string, filter: QueueFilter): Promise<QueuePage> {
  let query: Query = paths.conversations(db, org);
  if (filter.mailbox !== undefined) query = query.where("mailbox", "==", filter.mailbox);
  if (filter.assignee !== undefined) query = query.where("assignee", "==", filter.assignee);
  if (filter.mentions !== undefined) query = query.where("mentioned", "array-contains", filter.mentions);
  query = query
    .where("status", "in", filter.statuses)
    .orderBy("sla.queueOrder")
    .orderBy(FieldPath.documentId());
  if (filter.after !== undefined) query = query.startAfter(filter.after.queueOrder, filter.after.key);
  const snapshot = await query.limit(filter.limit).get();
  const docs = snapshot.docs.map((doc) => ({ key: doc.id, data: doc.data() }));
  const tail = docs.at(-1);
  const sla: unknown = tail?.data.sla;
  const order =
    typeof sla === "object" && sla !== null ? (sla as { queueOrder?: unknown }).queueOrder : undefined;
  return {
    docs,
    last:
      tail !== undefined && docs.length === filter.limit && typeof order === "number"
        ? { queueOrder: order, key: tail.key }
        : null,
  };
}
