/**
 * The retention sweep as a background job (jobs/), one per org with a retention set: each step
 * takes a page of expired conversations (resolved, last updated before the cutoff) in updatedAt
 * order and erases each with everything derived from it (erase.ts). The cutoff is the org's
 * current retentionDays from the instant the job was started (params.asOf): a setting lengthened or
 * removed mid-job is obeyed at the next step, and the set of candidates does not grow while it runs.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { JobContext, JobKind, StepResult } from "../jobs/types";
import { loadOrgSettings } from "../store/orgs";
import { paths } from "../store/paths";
import { retentionCutoff } from "./cutoff";
import { eraseMarked, markExpired } from "./erase";
import { JOB_LIMITS } from "@baton/shared/limits";

/** Expired conversations read per step (each erased in a few transactions). */
export const RETENTION_PAGE = JOB_LIMITS.retentionPage.value;

export interface RetentionCursor {
  /** The last conversation passed (erased or kept), in the query's (updatedAt, key) order. */
  updatedAt: number;
  key: string;
}

const expired = (db: Firestore, org: string, cutoff: number) =>
  paths
    .conversations(db, org)
    .where("status", "==", "resolved")
    .where("updatedAt", "<", cutoff)
    .orderBy("updatedAt")
    .orderBy("__name__");

export const retentionSweepKind: JobKind<RetentionCursor> = {
  kind: "retention_sweep",
  async step(ctx: JobContext, cursor): Promise<StepResult<RetentionCursor>> {
    const { db, org, params, nowMs, deadlineMs } = ctx;
    const asOf = typeof params.asOf === "number" ? params.asOf : nowMs;
    const cutoff = retentionCutoff((await loadOrgSettings(db, org)).retentionDays, asOf);
    if (cutoff === null) return { cursor: null, processed: 0, stage: "retention is off" };
    const total = cursor === null ? (await expired(db, org, cutoff).count().get()).data().count : undefined;
    let query = expired(db, org, cutoff).limit(RETENTION_PAGE);
    if (cursor !== null) query = query.startAfter(cursor.updatedAt, cursor.key);
    const page = await query.get();
    let passed: RetentionCursor | null = cursor;
    let processed = 0;
    let stopped = false;
    for (const doc of page.docs) {
      if (processed > 0 && Date.now() > deadlineMs) {
        stopped = true;
        break;
      }
      const generation = await markExpired(db, doc.ref, cutoff, nowMs);
      const outcome =
        generation === null ? "kept" : await eraseMarked(db, org, doc.ref, cutoff, generation, deadlineMs);
      // Unfinished: the cursor stays before it, and the next step resumes its tombstone.
      if (outcome === "unfinished") {
        stopped = true;
        break;
      }
      passed = { updatedAt: doc.get("updatedAt") as number, key: doc.id };
      processed += 1;
    }
    const finished = !stopped && page.size < RETENTION_PAGE;
    return {
      cursor: finished ? null : (passed ?? { updatedAt: 0, key: "" }),
      processed,
      ...(total === undefined ? {} : { total }),
      stage: "deleting expired conversations",
    };
  },
};

/** The orgs to sweep: every org with a retention set, paged by id (orgs are few, but unbounded). */
export async function* orgsWithRetention(db: Firestore, nowMs: number): AsyncGenerator<string> {
  let last: string | null = null;
  for (;;) {
    let query = db.collection("orgs").orderBy("__name__").select("settings.retentionDays").limit(200);
    if (last !== null) query = query.startAfter(last);
    const page = await query.get();
    for (const doc of page.docs)
      if (retentionCutoff(doc.get("settings.retentionDays"), nowMs) !== null) yield doc.id;
    if (page.size < 200) return;
    last = page.docs.at(-1)?.id ?? null;
  }
}
