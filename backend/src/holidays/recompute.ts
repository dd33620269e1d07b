import type { Firestore, QueryDocumentSnapshot } from "firebase-admin/firestore";
import type { JobContext, JobKind, StepResult } from "../jobs/types";
import { loadConversationInTx, writeEvents } from "../store/conversations";
import { paths } from "../store/paths";
import { JOB_LIMITS } from "@baton/shared/limits";

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

/** Open conversations re-computed per job step: each is its own transaction. */
export const RECOMPUTE_PAGE = JOB_LIMITS.recomputePage.value;

const OPEN_STATUSES = ["open", "pending", "snoozed"];

const openOf = (db: Firestore, org: string, mailboxId: string) =>
  paths
    .conversations(db, org)
    .where("mailboxId", "==", mailboxId)
    .where("status", "in", OPEN_STATUSES)
    .orderBy("__name__");

/** One conversation's summary with the mailbox's current rules (no events: the log is unchanged). */
async function recomputeOne(db: Firestore, org: string, key: string, nowMs: number): Promise<void> {
  await db.runTransaction(async (tx) => {
    const loaded = await loadConversationInTx(tx, db, org, key);
    if (loaded !== null) writeEvents(tx, db, org, loaded, [], nowMs);
  });
}

/**
 * The recompute as a background job (params.mailboxId), started when an admin answers "recompute
 * now" (handlers/escalation.ts). Each step re-computes a page of open conversations, each in its
 * own transaction; re-doing one after a crash only recomputes it again with the same rules, so the
 * step is idempotent and the cursor (the last key done) is saved after the page.
 */
export const holidayRecomputeKind: JobKind<{ after: string }> = {
  kind: "holiday_recompute",
  async step(
    { db, org, params, nowMs, deadlineMs }: JobContext,
    cursor,
  ): Promise<StepResult<{ after: string }>> {
    const mailboxId = typeof params.mailboxId === "string" ? params.mailboxId : "";
    const total = cursor === null ? (await openOf(db, org, mailboxId).count().get()).data().count : undefined;
    let query = openOf(db, org, mailboxId).limit(RECOMPUTE_PAGE);
    if (cursor !== null) query = query.startAfter(cursor.after);
    const page = await query.get();
    let done = 0;
    for (const doc of page.docs) {
      if (done > 0 && Date.now() > deadlineMs) break;
      await recomputeOne(db, org, doc.id, nowMs);
      done += 1;
    }
    const last = page.docs[done - 1]?.id;
    const finished = done === page.size && page.size < RECOMPUTE_PAGE;
    return {
      cursor: finished || last === undefined ? null : { after: last },
      processed: done,
      ...(total === undefined ? {} : { total }),
      stage: `re-computing open conversations of ${mailboxId}`,
    };
  },
};

/** Re-computes the SLA summaries of a mailbox's open conversations, a page at a time (scripts). */
export async function recomputeOpenConversations(
  db: Firestore,
  org: string,
  mailboxId: string,
  nowMs: number,
  pageSize = 200,
): Promise<number> {
  let done = 0;
  let last: QueryDocumentSnapshot | undefined;
  const query = openOf(db, org, mailboxId).limit(pageSize);
  for (;;) {
    const page = await (last === undefined ? query : query.startAfter(last)).get();
    for (const doc of page.docs) {
      await recomputeOne(db, org, doc.id, nowMs);
      done += 1;
    }
    last = page.docs[page.docs.length - 1];
    if (page.size < pageSize || last === undefined) return done;
  }
}
