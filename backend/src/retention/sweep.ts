import { messageKey } from "@baton/shared";
import type { DocumentReference, Firestore } from "firebase-admin/firestore";
import { loadOrgSettings } from "../store/orgs";
import { paths } from "../store/paths";
import { retentionCutoff } from "./cutoff";

export interface RetentionOptions {
  /** Only this org (tests, an admin's run); otherwise every org with a retention set. */
  org?: string;
  /** At most this many conversations deleted per run; the next run continues. */
  limit?: number;
  pageSize?: number;
}

export interface RetentionReport {
  orgsChecked: number;
  deleted: number;
  /** True when the limit stopped the run with expired conversations possibly left. */
  truncated: boolean;
}

/**
 * Deletes resolved conversations whose last update is older than their org's `retentionDays`: the
 * document, its events and viewers, and the message/alias index entries that still point at it (so a
 * later mail of the thread starts a fresh conversation instead of pointing at nothing). Each
 * candidate is re-checked in a transaction, so one reopened since the query is kept. Bounded by
 * `limit`; work is proportional to what expired (query: status == resolved, updatedAt < cutoff).
 */
export async function runRetentionSweep(
  db: Firestore,
  nowMs: number,
  options: RetentionOptions = {},
): Promise<RetentionReport> {
  const limit = options.limit ?? 500;
  const pageSize = Math.min(options.pageSize ?? 100, limit);
  const report: RetentionReport = { orgsChecked: 0, deleted: 0, truncated: false };
  for await (const org of orgsToCheck(db, options.org)) {
    report.orgsChecked += 1;
    const cutoff = retentionCutoff((await loadOrgSettings(db, org)).retentionDays, nowMs);
    if (cutoff === null) continue;
    for (;;) {
      const room = limit - report.deleted;
      if (room <= 0) {
        report.truncated = true;
        return report;
      }
      const page = await paths
        .conversations(db, org)
        .where("status", "==", "resolved")
        .where("updatedAt", "<", cutoff)
        .orderBy("updatedAt")
        .limit(Math.min(pageSize, room))
        .get();
      let removed = 0;
      for (const doc of page.docs) if (await deleteExpired(db, doc.ref, cutoff)) removed += 1;
      report.deleted += removed;
      // A page where nothing could be removed (all reopened meanwhile) would repeat forever.
      if (page.size < Math.min(pageSize, room) || removed === 0) break;
    }
  }
  return report;
}

async function* orgsToCheck(db: Firestore, only: string | undefined): AsyncGenerator<string> {
  if (only !== undefined) {
    yield only;
    return;
  }
  // Ids only, paged: orgs are few, but nothing here should load them all at once.
  let last: string | null = null;
  for (;;) {
    let query = db.collection("orgs").orderBy("__name__").select().limit(200);
    if (last !== null) query = query.startAfter(last);
    const page = await query.get();
    for (const doc of page.docs) yield doc.id;
    if (page.size < 200) return;
    last = page.docs.at(-1)?.id ?? null;
  }
}

/** True when the conversation was still expired and is gone (with its subcollections). */
async function deleteExpired(db: Firestore, ref: DocumentReference, cutoff: number): Promise<boolean> {
  const org = ref.parent.parent?.id ?? "";
  const key = ref.id;
  const expired = await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const updatedAt: unknown = snapshot.get("updatedAt");
    if (!snapshot.exists || snapshot.get("status") !== "resolved") return false;
    if (typeof updatedAt !== "number" || updatedAt >= cutoff) return false;
    const ids = stringsOf(snapshot.get("messageIds")).map((id) => paths.message(db, org, messageKey(id)));
    const aliases = stringsOf(snapshot.get("aliases")).map((alias) => paths.alias(db, org, alias));
    const index = [...ids, ...aliases];
    const entries = index.length === 0 ? [] : await tx.getAll(...index);
    for (const entry of entries) if (entry.get("conversationKey") === key) tx.delete(entry.ref);
    tx.delete(ref);
    return true;
  });
  // Events and viewers: too many for one transaction; recursiveDelete pages them (and is idempotent).
  if (expired) await db.recursiveDelete(ref);
  return expired;
}

function stringsOf(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((v): v is string => typeof v === "string") : [];
}
