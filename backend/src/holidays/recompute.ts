import type { Firestore, QueryDocumentSnapshot } from "firebase-admin/firestore";
import { loadConversationInTx, writeEvents } from "../store/conversations";
import { paths } from "../store/paths";

/**
 * The admin's answer when a mailbox's policy or calendar changes: re-compute open conversations now,
 * or let each pick the change up at its next event or check. Recorded per mailbox version, with who
 * and when, so "why did this deadline move (or not)?" has an answer.
 */
export interface RecomputeChoice {
  version: number;
  recompute: boolean;
  at: number;
  by: string;
}

/**
 * Semantics of the two answers (both are correct, they differ in when deadlines move):
 * - recompute: every open conversation of the mailbox gets its SLA summary (sla.nextCheckAt, due
 *   dates shown in lists) recomputed now with the new rules; earlier deadlines fire on time.
 * - no recompute: stored summaries stand until the conversation's next event or its stored check,
 *   when the step judges it with the rules then in force. A deadline the change brought forward may
 *   fire late, by up to the old check; one pushed back does not fire early (the step re-judges).
 * The log itself is never rewritten either way: recorded warnings and breaches stay.
 */
export async function recordRecomputeChoice(
  db: Firestore,
  org: string,
  mailboxId: string,
  choice: RecomputeChoice,
): Promise<void> {
  const mailbox = paths.mailbox(db, org, mailboxId);
  // History per version (the mailbox document itself is replaced whole on every PUT).
  await mailbox.collection("recomputes").doc(String(choice.version)).set(choice);
}

/** Re-computes the SLA summaries of a mailbox's open conversations, a page at a time. */
export async function recomputeOpenConversations(
  db: Firestore,
  org: string,
  mailboxId: string,
  nowMs: number,
  pageSize = 200,
): Promise<number> {
  let done = 0;
  let last: QueryDocumentSnapshot | undefined;
  const query = paths
    .conversations(db, org)
    .where("mailboxId", "==", mailboxId)
    .where("status", "in", ["open", "pending", "snoozed"])
    .orderBy("__name__")
    .limit(pageSize);
  for (;;) {
    const page = await (last === undefined ? query : query.startAfter(last)).get();
    for (const doc of page.docs) {
      // No events: writeEvents only recomputes the summary with the mailbox's current rules.
      await db.runTransaction(async (tx) => {
        const loaded = await loadConversationInTx(tx, db, org, doc.id);
        if (loaded !== null) writeEvents(tx, db, org, loaded, [], nowMs);
      });
      done += 1;
    }
    last = page.docs[page.docs.length - 1];
    if (page.size < pageSize || last === undefined) return done;
  }
}
