/**
 * Erasing one expired conversation and everything derived from it, in an order that can never
 * delete a conversation re-created (or reopened) under the same key meanwhile:
 * 1. mark: in a transaction that re-checks it is still expired, the conversation document gets a
 *    tombstone `retention: {generation, at}` (kept on a re-run: a crashed erase resumes).
 * 2. derived documents, a page per transaction that first re-reads the conversation and goes on
 *    only while it is still this tombstoned generation and still expired: SLA outbox entries and
 *    delivery dead letters, the metrics facts, the SLA timer, the connector's auto-ack marker,
 *    presence, the event log (the
 *    document's eventCount shrinks with it, so a reader never finds the log shorter than the
 *    document says), then every Message-ID and thread-alias index entry still pointing at it.
 * 3. the document last, in a transaction with the same check.
 * Every write an append makes replaces the conversation document (store/conversations.ts), which
 * drops the tombstone: a conversation that receives mail at any point stops the erase at the next
 * page and is kept, with whatever remained of its history. After step 3 nothing of ours runs, so a
 * conversation created afterwards under the same key is never touched. (The old sweep deleted the
 * document first and its subcollections after, taking a re-created conversation with them.)
 */
import type { DocumentReference, DocumentSnapshot, Firestore, Query } from "firebase-admin/firestore";
import { FieldValue } from "firebase-admin/firestore";
import { ackRef } from "../connectors/firestore-state";
import { metricPaths } from "../metrics/paths";
import { slaPaths } from "../sla/paths";
import { createIdGenerator } from "../store/ids";
import { paths } from "../store/paths";
import { JOB_LIMITS } from "@baton/shared/limits";

/** Derived documents deleted per transaction: one transaction's writes, with margin. */
export const ERASE_PAGE = JOB_LIMITS.erasePage.value;

export type EraseOutcome = "deleted" | "kept" | "unfinished";

interface Target {
  db: Firestore;
  org: string;
  key: string;
  ref: DocumentReference;
  cutoff: number;
  generation: string;
}

function isOurs(snapshot: DocumentSnapshot, generation: string, cutoff: number): boolean {
  const updatedAt: unknown = snapshot.get("updatedAt");
  return (
    snapshot.exists &&
    snapshot.get("retention.generation") === generation &&
    snapshot.get("status") === "resolved" &&
    typeof updatedAt === "number" &&
    updatedAt < cutoff
  );
}

/** Step 1: the tombstone's generation, or null when the conversation is no longer expired. */
export async function markExpired(
  db: Firestore,
  ref: DocumentReference,
  cutoff: number,
  nowMs: number,
): Promise<string | null> {
  return db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const updatedAt: unknown = snapshot.get("updatedAt");
    if (!snapshot.exists || snapshot.get("status") !== "resolved") return null;
    if (typeof updatedAt !== "number" || updatedAt >= cutoff) return null;
    const existing: unknown = snapshot.get("retention.generation");
    if (typeof existing === "string") return existing;
    const generation = createIdGenerator(nowMs)();
    tx.update(ref, { retention: { generation, at: nowMs } });
    return generation;
  });
}

/** What hangs off a conversation, in the order it is deleted (the event log after what it feeds). */
function derivedQueries({ db, org, key, ref }: Target): Array<{ name: string; query: Query; isLog?: true }> {
  const orgDoc = paths.org(db, org);
  return [
    { name: "outbox", query: orgDoc.collection("outbox").where("notice.conversationKey", "==", key) },
    { name: "deadLetters", query: orgDoc.collection("deadLetters").where("conversationKey", "==", key) },
    { name: "viewers", query: ref.collection("viewers") },
    // A claim gate outlives its claim only when the claimer died mid-claim (store/claim-gate.ts).
    { name: "claimGates", query: ref.collection("claimGates") },
    // The survey answers hold the customer's address and comment; the template list and the
    // mention read markers only mean something beside the conversation they name.
    { name: "csat", query: ref.collection("csat") },
    { name: "csatTemplates", query: ref.collection("csatTemplates") },
    { name: "mentionReads", query: ref.collection("mentionReads") },
    { name: "events", query: ref.collection("events"), isLog: true },
    { name: "messages", query: orgDoc.collection("messages").where("conversationKey", "==", key) },
    { name: "aliases", query: orgDoc.collection("aliases").where("conversationKey", "==", key) },
  ];
}

/**
 * Steps 2 and 3 for a marked conversation, until done or past the deadline ("unfinished": the
 * tombstone stays and the next run resumes from it).
 */
export async function eraseMarked(
  db: Firestore,
  org: string,
  ref: DocumentReference,
  cutoff: number,
  generation: string,
  deadlineMs: number,
): Promise<EraseOutcome> {
  const target: Target = { db, org, key: ref.id, ref, cutoff, generation };
  const mailboxId: unknown = (await ref.get()).get("mailboxId");
  const singles = [metricPaths.fact(db, org, ref.id), slaPaths.timer(db, org, ref.id)];
  // The connector's once-per-conversation auto-acknowledgement marker: a new conversation under
  // this key is a new thread to the customer and gets its own.
  if (typeof mailboxId === "string" && mailboxId !== "") singles.push(ackRef(db, org, mailboxId, ref.id));
  if (!(await deleteIfOurs(target, singles, false))) return "kept";
  for (const { query, isLog } of derivedQueries(target)) {
    for (;;) {
      if (Date.now() > deadlineMs) return "unfinished";
      const page = await query.limit(ERASE_PAGE).get();
      if (page.empty) break;
      if (
        !(await deleteIfOurs(
          target,
          page.docs.map((d) => d.ref),
          isLog === true,
        ))
      )
        return "kept";
      if (page.size < ERASE_PAGE) break;
    }
  }
  return db.runTransaction(async (tx) => {
    if (!isOurs(await tx.get(ref), generation, cutoff)) return "kept";
    tx.delete(ref);
    return "deleted";
  });
}

/**
 * Deletes `refs` in one transaction that first checks the conversation is still the tombstoned,
 * expired one; false (nothing deleted) when it is not. Index entries are deleted only while they
 * still point at this key (one re-pointed meanwhile belongs to someone else now).
 */
async function deleteIfOurs(target: Target, refs: DocumentReference[], isLog: boolean): Promise<boolean> {
  const { db, ref, key, generation, cutoff } = target;
  return db.runTransaction(async (tx) => {
    const conversation = await tx.get(ref);
    if (!isOurs(conversation, generation, cutoff)) return false;
    const current = refs.length === 0 ? [] : await tx.getAll(...refs);
    let deleted = 0;
    for (const doc of current) {
      const pointsAt: unknown = doc.get("conversationKey");
      const isIndex = doc.ref.parent.id === "messages" || doc.ref.parent.id === "aliases";
      if (!doc.exists || (isIndex && pointsAt !== key)) continue;
      tx.delete(doc.ref);
      deleted += 1;
    }
    if (isLog && deleted > 0) tx.update(ref, { eventCount: FieldValue.increment(-deleted) });
    return true;
  });
}
