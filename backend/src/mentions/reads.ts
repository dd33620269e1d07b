import type { DocumentData, Firestore } from "firebase-admin/firestore";
import { paths } from "../store/paths";

/**
 * "Mentions for me" until read: a member's read marker per conversation, at
 * orgs/{org}/conversations/{key}/mentionReads/{email} {at} (backend only; the rules close it). A
 * mention is unread while a note mentioning the member was written or edited after the marker.
 */
export function mentionReadRef(db: Firestore, org: string, key: string, email: string) {
  return paths.conversation(db, org, key).collection("mentionReads").doc(email.toLowerCase());
}

export async function markMentionsRead(
  db: Firestore,
  org: string,
  key: string,
  email: string,
  nowMs: number,
): Promise<void> {
  await mentionReadRef(db, org, key, email).set({ at: nowMs });
}

/** When a note last mentioned `email` in this document (written or edited), or null. */
export function lastMentionAt(data: DocumentData, email: string): number | null {
  const notes: unknown = data.notes;
  if (!Array.isArray(notes)) return null;
  let last: number | null = null;
  for (const n of notes as Array<{ mentions?: unknown; createdAt?: unknown; editedAt?: unknown }>) {
    if (!Array.isArray(n.mentions) || !n.mentions.some((m) => String(m).toLowerCase() === email)) continue;
    const at =
      typeof n.editedAt === "number" ? n.editedAt : typeof n.createdAt === "number" ? n.createdAt : 0;
    last = last === null ? at : Math.max(last, at);
  }
  return last;
}

/** The keys among `docs` with a mention of `email` newer than their read marker (one getAll). */
export async function unreadMentionKeys(
  db: Firestore,
  org: string,
  email: string,
  docs: ReadonlyArray<{ key: string; data: DocumentData }>,
): Promise<Set<string>> {
  const me = email.toLowerCase();
  if (docs.length === 0) return new Set();
  const marks = await db.getAll(...docs.map((d) => mentionReadRef(db, org, d.key, me)));
  const unread = new Set<string>();
  docs.forEach((doc, i) => {
    const at = lastMentionAt(doc.data, me);
    const read: unknown = marks[i]?.get("at");
    if (at !== null && (typeof read !== "number" || at > read)) unread.add(doc.key);
  });
  return unread;
}
