import { PRESENCE_TTL_MS, type PresenceEntry, type PresenceState } from "@baton/shared";
import type { DocumentData, Firestore } from "firebase-admin/firestore";
import { paths } from "./paths";

/**
 * A heartbeat: who, doing what, since when, and until when it holds (`expiresAt`, stamped here
 * from the server's clock: PRESENCE_TTL_MS, three heartbeat intervals). Readers filter by it, so
 * "is viewing" ends within 15 s of the last heartbeat even when nobody says goodbye.
 */
export async function recordPresence(
  db: Firestore,
  org: string,
  key: string,
  email: string,
  state: PresenceState,
  nowMs: number,
): Promise<void> {
  const ref = paths.viewers(db, org, key).doc(email);
  const beat = { email, state, at: nowMs, expiresAt: nowMs + PRESENCE_TTL_MS };
  if (state === "replying") {
    await ref.set(beat);
    return;
  }
  // One document per person: a read pane's `viewing` beat must not hide the `replying` their compose
  // pane (or Gmail compose card) still holds, or teammates would see "is replying" flicker to
  // "is viewing" every beat. It stands until the replying beat expires.
  await db.runTransaction(async (tx) => {
    const held = (await tx.get(ref)).data();
    if (held?.state === "replying" && presenceExpiry(held) >= nowMs) return;
    tx.set(ref, beat);
  });
}

/** Leaving (the item changed, the card closed): the heartbeat is deleted, so presence ends at once. */
export async function clearPresence(db: Firestore, org: string, key: string, email: string): Promise<void> {
  await paths.viewers(db, org, key).doc(email).delete();
}

/**
 * When a heartbeat stops holding: its stamped expiry, or (a heartbeat a pane wrote directly, which
 * the rules keep to email, state and at) its time plus the window.
 */
export function presenceExpiry(data: DocumentData): number {
  if (typeof data.expiresAt === "number") return data.expiresAt;
  return typeof data.at === "number" ? data.at + PRESENCE_TTL_MS : 0;
}

/** Everyone whose heartbeat still holds at `nowMs`, most recent first. */
export async function listPresence(
  db: Firestore,
  org: string,
  key: string,
  nowMs: number,
): Promise<PresenceEntry[]> {
  const snapshot = await paths
    .viewers(db, org, key)
    .where("at", ">=", nowMs - PRESENCE_TTL_MS)
    .get();
  return snapshot.docs
    .map((doc) => doc.data())
    .filter((d) => presenceExpiry(d) >= nowMs)
    .filter(
      (d): d is PresenceEntry =>
        typeof d.email === "string" &&
        (d.state === "viewing" || d.state === "replying") &&
        typeof d.at === "number",
    )
    .map(({ email, state, at }) => ({ email, state, at }))
    .sort((a, b) => b.at - a.at);
}
