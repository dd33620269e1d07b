import { decide, isDomainError, SYSTEM, type ConversationEvent } from "@baton/shared";
import { FOLLOW_UP_LIMITS } from "@baton/shared/limits";
import type { Firestore, Query } from "firebase-admin/firestore";
import { appendEvents } from "../handlers/append";
import { MAIL_COLLECTION } from "../notify/email";
import { speak } from "../notify/language";
import { loadForAppendInTx, MAX_TRANSACTION_ATTEMPTS } from "../store/conversations";
import { createIdGenerator } from "../store/ids";
import { readMemberLanguage } from "../store/member-language";
import { paths } from "../store/paths";
import { followUpMessage, followUpRecipient } from "./notice";

/** The most one sweep wakes (limits/followups.ts says why); the oldest due come first. */
export const FOLLOW_UPS_PER_SWEEP = FOLLOW_UP_LIMITS.followUpsPerSweep.value;

export interface FollowUpSweepReport {
  /** Conversations found with wakeAt <= now. */
  due: number;
  /** Of those, how many this sweep woke (the rest were woken meanwhile, or are not due after all). */
  woken: number;
  /** Notices written to the mail collection. */
  notified: number;
}

/**
 * Wakes what is due: conversations whose `wakeAt` (conversation/followup.ts: a follow-up's dueAt,
 * or a snooze's end) has passed, oldest first, at most FOLLOW_UPS_PER_SWEEP a sweep (the rest
 * the next minute). One bounded query on one field: collection group `conversations.wakeAt`
 * (firestore.indexes.json), or the org's own collection for a per-org sweep (tests).
 */
export async function runFollowUpSweep(
  db: Firestore,
  nowMs: number,
  options: { org?: string } = {},
): Promise<FollowUpSweepReport> {
  const source: Query =
    options.org === undefined ? db.collectionGroup("conversations") : paths.conversations(db, options.org);
  const snapshot = await source
    .where("wakeAt", "<=", nowMs)
    .orderBy("wakeAt")
    .limit(FOLLOW_UPS_PER_SWEEP)
    .get();
  const report: FollowUpSweepReport = { due: snapshot.size, woken: 0, notified: 0 };
  for (const doc of snapshot.docs) {
    const org = doc.ref.parent.parent?.id;
    if (org === undefined) continue;
    const outcome = await wakeOne(db, org, doc.id, nowMs);
    if (outcome.woken) report.woken += 1;
    if (outcome.notified) report.notified += 1;
  }
  return report;
}

/**
 * One conversation, in one transaction: decide `wake` on what is stored now, append its events and,
 * in the same commit, create the owner's mail document keyed by the follow_up_due event. A second
 * sweep (a retry, an overlapping run) decides on the woken conversation, finds nothing due and
 * writes nothing: the notice exists exactly when the event does.
 */
export async function wakeOne(
  db: Firestore,
  org: string,
  key: string,
  nowMs: number,
): Promise<{ woken: boolean; notified: boolean }> {
  const newId = createIdGenerator(nowMs);
  return db.runTransaction(
    async (tx) => {
      const loaded = await loadForAppendInTx(tx, db, org, key);
      if (loaded === null) return { woken: false, notified: false };
      const before = loaded.conversation;
      // The request id names this firing (what was due, and where the log stood), so the same
      // follow-up set again later for the same instant still fires then.
      const requestId = `wake:${before.wakeAt ?? 0}:${loaded.eventCount}`;
      const decision = decide(before, { type: "wake", requestId }, SYSTEM, nowMs, newId);
      if (isDomainError(decision) || decision.events.length === 0) return { woken: false, notified: false };
      await appendEvents(tx, db, org, loaded, decision.events, nowMs);
      const due = decision.events.find(isDue);
      const to = due === undefined ? null : followUpRecipient(before, due.reason);
      if (due === undefined || to === null) return { woken: true, notified: false };
      // In the recipient's language, else the mailbox's (a plain read: nothing here depends on it).
      const t = speak(await readMemberLanguage(db, org, to), loaded.mailbox.csat?.language);
      tx.create(db.collection(MAIL_COLLECTION).doc(`${org}.${due.id}`), {
        to: [to],
        message: followUpMessage(before, due.reason, due.dueAt, loaded.mailbox.calendar.timeZone, t),
      });
      return { woken: true, notified: true };
    },
    { maxAttempts: MAX_TRANSACTION_ATTEMPTS },
  );
}

function isDue(event: ConversationEvent): event is Extract<ConversationEvent, { type: "follow_up_due" }> {
  return event.type === "follow_up_due";
}
