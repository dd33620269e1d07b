import {
  FieldValue,
  type DocumentSnapshot,
  type Firestore,
  type QueryDocumentSnapshot,
  type Transaction,
} from "firebase-admin/firestore";
import { dispatchNotice, type NotifyDeps } from "../notify/dispatch";
import { MAIL_COLLECTION } from "../notify/email";
import type { ChannelTargets, DeliveryResult, SlaNotice } from "../notify/types";
import { slaPaths } from "./paths";
import { NOTIFICATION_LIMITS } from "@baton/shared/limits";

/**
 * The transactional outbox: the notice is written in the same transaction as its event, so a
 * recorded action always has its outbox entry and a discarded attempt has neither. Delivery claims
 * the entry (pending -> sending) in a transaction before sending, so each event id is delivered at
 * most once however many runners finish the same step — unless a runner dies holding it: see
 * `redeliverStranded`.
 */
export function addToOutbox(
  tx: Transaction,
  db: Firestore,
  notice: SlaNotice,
  nowMs: number,
  notBefore?: number,
): void {
  tx.create(slaPaths.outbox(db, notice.org, notice.eventId), {
    notice,
    // A held notice waits for `notBefore` (deliverHeld); a pending one goes now.
    ...(notBefore === undefined ? { status: "pending" } : { status: "held", notBefore }),
    createdAt: notice.at,
    // When the step committed it (its injected clock): how the sweeper tells a stranded entry.
    writtenAt: nowMs,
  });
}

/**
 * The notices a notice holds back for members in quiet hours (the planner's skipped `quiet_hours`
 * with `notBefore`, issue 16): one email per instant, to the members whose working hours start
 * then, under its own id so it is delivered (and deduplicated) apart from the notice sent now. Only
 * email reaches a person; the channels (Slack, Teams, webhooks) are the team's and went out already.
 */
export function heldNotices(notice: SlaNotice): { notice: SlaNotice; notBefore: number }[] {
  if (!notice.channels.includes("email")) return [];
  const byInstant = new Map<number, string[]>();
  for (const s of notice.skipped) {
    if (s.reason !== "quiet_hours" || s.notBefore === undefined) continue;
    byInstant.set(s.notBefore, [...(byInstant.get(s.notBefore) ?? []), s.email]);
  }
  return [...byInstant].map(([notBefore, recipients]) => ({
    notBefore,
    notice: {
      ...notice,
      eventId: heldNoticeId(notice.eventId, notBefore),
      recipients,
      skipped: [],
      channels: ["email"],
    },
  }));
}

/** The outbox id (and mail idempotency key) of a notice held until `notBefore`. */
export function heldNoticeId(eventId: string, notBefore: number): string {
  return `${eventId}.held-${notBefore}`;
}

/** Held notices delivered per sweep at most; the rest go in the next sweep, a minute later. */
export const HELD_PER_SWEEP = 500;

/**
 * How long a notice may wait before the sweeper takes it over. A runner that committed the event but
 * crashed before claiming leaves it "pending"; one that crashed while sending leaves it "sending".
 */
export const STRANDED_AFTER_MS = NOTIFICATION_LIMITS.strandedAfter.value;

function isClaimable(snapshot: DocumentSnapshot, nowMs: number): boolean {
  const status: unknown = snapshot.get("status");
  if (status === "pending") return true;
  const notBefore: unknown = snapshot.get("notBefore");
  if (status === "held") return typeof notBefore === "number" && notBefore <= nowMs;
  // A sender that died mid-delivery is retried: an alert sent twice (webhooks carry the event id for
  // receivers to dedupe) beats an alert never sent.
  const claimedAt: unknown = snapshot.get("claimedAt");
  return status === "sending" && typeof claimedAt === "number" && claimedAt <= nowMs - STRANDED_AFTER_MS;
}

/**
 * A plain mail held for quiet hours beside the SLA notices (a routing rebalance notice, issue 16):
 * delivered by the same sweep, as the Trigger Email document it would have been at once.
 */
export interface HeldMail {
  to: string[];
  message: { subject: string; text: string };
}

async function claim(
  db: Firestore,
  org: string,
  eventId: string,
  nowMs: number,
): Promise<{ notice: SlaNotice } | { mail: HeldMail } | null> {
  const ref = slaPaths.outbox(db, org, eventId);
  return db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (!isClaimable(snapshot, nowMs)) return null;
    tx.update(ref, { status: "sending", claimedAt: nowMs });
    const mail = snapshot.get("mail") as HeldMail | undefined;
    return mail === undefined ? { notice: snapshot.get("notice") as SlaNotice } : { mail };
  });
}

/** Holds `mail` until `notBefore` (the receiver's next working instant); idempotent by `id`. */
export async function holdMail(
  db: Firestore,
  org: string,
  id: string,
  mail: HeldMail,
  notBefore: number,
  nowMs: number,
): Promise<void> {
  await slaPaths
    .outbox(db, org, id)
    .set({ mail, status: "held", notBefore, createdAt: nowMs, writtenAt: nowMs });
}

/** Claims and delivers one outbox entry; null when another runner already has it. */
export async function deliverFromOutbox(
  db: Firestore,
  deps: NotifyDeps,
  org: string,
  eventId: string,
  targetsOf: (notice: SlaNotice) => Promise<ChannelTargets>,
): Promise<DeliveryResult[] | null> {
  const entry = await claim(db, org, eventId, deps.now());
  if (entry === null) return null;
  let results: DeliveryResult[];
  if ("mail" in entry) {
    // Same id as the outbox entry: a redelivery rewrites the one mail document, never a second.
    await db
      .collection(MAIL_COLLECTION)
      .doc(`${org}.${eventId}`)
      .set({ ...entry.mail, at: deps.now() });
    results = [{ channel: "email", target: entry.mail.to.join(","), ok: true, attempts: 1, error: null }];
  } else results = await dispatchNotice(deps, entry.notice, await targetsOf(entry.notice));
  await slaPaths.outbox(db, org, eventId).update({
    status: results.every((r) => r.ok) ? "sent" : "partly_failed",
    results,
    sentAt: deps.now(),
    attempts: FieldValue.increment(1),
  });
  return results;
}

/** Every org's outbox (the sweeper's collection group), or one org's (tests, per-tenant runs). */
function outboxScope(db: Firestore, org: string | undefined) {
  return org === undefined
    ? db.collectionGroup("outbox")
    : db.collection("orgs").doc(org).collection("outbox");
}

/** Claims and delivers each outbox entry in turn (its org read from its path); how many went out. */
async function deliverEach(
  db: Firestore,
  deps: NotifyDeps,
  docs: readonly QueryDocumentSnapshot[],
  targetsOf: (notice: SlaNotice) => Promise<ChannelTargets>,
): Promise<number> {
  let delivered = 0;
  for (const doc of docs) {
    const org = doc.ref.parent.parent?.id;
    if (org === undefined) continue;
    if ((await deliverFromOutbox(db, deps, org, doc.id, targetsOf)) !== null) delivered += 1;
  }
  return delivered;
}

/**
 * The sweeper's recovery of notices a crashed runner left behind: outbox entries still pending or
 * sending (stale) well after they were written. Each is claimed like any other, so a runner that is
 * merely slow and this sweep never both deliver it. Returns how many were delivered.
 */
export async function redeliverStranded(
  db: Firestore,
  deps: NotifyDeps,
  nowMs: number,
  targetsOf: (notice: SlaNotice) => Promise<ChannelTargets>,
  options: { org?: string; limit?: number } = {},
): Promise<number> {
  const scope = outboxScope(db, options.org);
  const stranded = await scope
    .where("status", "in", ["pending", "sending"])
    .where("writtenAt", "<=", nowMs - STRANDED_AFTER_MS)
    .limit(options.limit ?? 500)
    .get();
  return deliverEach(db, deps, stranded.docs, targetsOf);
}

/**
 * The sweeper's pass over notices held for quiet hours: every held entry whose member's working
 * hours have started (`notBefore <= nowMs`) is claimed and delivered like any other. Returns how
 * many were delivered.
 */
export async function deliverHeld(
  db: Firestore,
  deps: NotifyDeps,
  nowMs: number,
  targetsOf: (notice: SlaNotice) => Promise<ChannelTargets>,
  options: { org?: string; limit?: number } = {},
): Promise<number> {
  const scope = outboxScope(db, options.org);
  const due = await scope
    .where("status", "==", "held")
    .where("notBefore", "<=", nowMs)
    .orderBy("notBefore")
    .limit(options.limit ?? HELD_PER_SWEEP)
    .get();
  return deliverEach(db, deps, due.docs, targetsOf);
}
