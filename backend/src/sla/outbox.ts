import { FieldValue, type Firestore, type Transaction } from "firebase-admin/firestore";
import { dispatchNotice, type NotifyDeps } from "../notify/dispatch";
import type { ChannelTargets, DeliveryResult, SlaNotice } from "../notify/types";
import { slaPaths } from "./paths";

/**
 * The transactional outbox: the notice is written in the same transaction as its event, so a
 * recorded action always has its outbox entry and a discarded attempt has neither. Delivery claims
 * the entry (pending -> sending) in a transaction before sending, so each event id is delivered at
 * most once however many runners finish the same step.
 */
export function addToOutbox(tx: Transaction, db: Firestore, notice: SlaNotice): void {
  tx.create(slaPaths.outbox(db, notice.org, notice.eventId), {
    notice,
    status: "pending",
    createdAt: notice.at,
  });
}

async function claim(db: Firestore, org: string, eventId: string, nowMs: number): Promise<SlaNotice | null> {
  const ref = slaPaths.outbox(db, org, eventId);
  return db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (snapshot.get("status") !== "pending") return null;
    tx.update(ref, { status: "sending", claimedAt: nowMs });
    return snapshot.get("notice") as SlaNotice;
  });
}

/** Claims and delivers one outbox entry; null when another runner already has it. */
export async function deliverFromOutbox(
  db: Firestore,
  deps: NotifyDeps,
  org: string,
  eventId: string,
  targetsOf: (notice: SlaNotice) => Promise<ChannelTargets>,
): Promise<DeliveryResult[] | null> {
  const notice = await claim(db, org, eventId, deps.now());
  if (notice === null) return null;
  const results = await dispatchNotice(deps, notice, await targetsOf(notice));
  await slaPaths.outbox(db, org, eventId).update({
    status: results.every((r) => r.ok) ? "sent" : "partly_failed",
    results,
    sentAt: deps.now(),
    attempts: FieldValue.increment(1),
  });
  return results;
}
