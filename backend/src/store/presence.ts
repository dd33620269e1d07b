import { PRESENCE_TTL_MS, type PresenceEntry, type PresenceState } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { paths } from "./paths";

export async function recordPresence(
  db: Firestore,
  org: string,
  key: string,
  email: string,
  state: PresenceState,
  nowMs: number,
): Promise<void> {
  await paths.viewers(db, org, key).doc(email).set({ email, state, at: nowMs });
}

/** Everyone seen on the conversation within the window, most recent first. */
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
    .filter(
      (d): d is PresenceEntry =>
        typeof d.email === "string" &&
        (d.state === "viewing" || d.state === "replying") &&
        typeof d.at === "number",
    )
    .map(({ email, state, at }) => ({ email, state, at }))
    .sort((a, b) => b.at - a.at);
}
