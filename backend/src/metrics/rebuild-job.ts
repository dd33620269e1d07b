/**
 * POST /metrics/rebuild as a background job (jobs/): the one-shot backfill's computation in
 * bounded steps that survive a crash anywhere.
 * 1. facts: a page of conversations; each one's facts document is replaced and its rollup
 *    contributions are added to staged rollups under the job (orgs/{org}/jobs/{id}/rollups), all in
 *    the transaction that saves the cursor. A facts document marked with this job's id is not
 *    counted again, so even a page whose writes landed without its cursor is idempotent.
 * 2. publish: staged rollups replace the live ones with all their shards (rollup-docs.ts
 *    replaceRollup), a page at a time (sets and deletes: idempotent).
 * 3. prune: live rollup documents (any shard) of keys the rebuild did not produce (days that no
 *    longer have anything) go.
 * 4. clean: the staged rollups are deleted.
 * Until publish, readers see the old rollups whole; during it, each day switches when its document
 * is written. Appends that land meanwhile are judged again at their conversation's next event, as
 * with the one-shot rebuild (which raced them the same way).
 */
import { rollupDocId, type KeyedRollup, type RollupSet, accumulateRollups } from "@baton/shared";
import type { CollectionReference, Firestore, Transaction } from "firebase-admin/firestore";
import { MAX_STEP_WRITES } from "../jobs/limits";
import { jobPaths } from "../jobs/paths";
import type { JobContext, JobKind, StepResult } from "../jobs/types";
import { listMailboxes } from "../store/mailboxes";
import { paths } from "../store/paths";
import { baseRollupId, rebuildConversation } from "./backfill";
import { metricPaths } from "./paths";
import { incrementDoc, replaceRollup, shardCountOf, toKeyedRollup } from "./rollup-docs";
import { JOB_LIMITS } from "@baton/shared/limits";

/** Conversations read per facts step (each with its whole log): bounds a step's reads and memory. */
export const REBUILD_FACTS_PAGE = JOB_LIMITS.rebuildFactsPage.value;
/** Rollup documents published, pruned or cleaned per step: one transaction's writes. */
export const REBUILD_ROLLUP_PAGE = JOB_LIMITS.rebuildRollupPage.value;

type Phase = "facts" | "publish" | "prune" | "clean";
export interface RebuildCursor {
  phase: Phase;
  /** The last document id done in this phase. */
  after: string | null;
}

const STAGES: Record<Phase, string> = {
  facts: "recomputing conversation facts",
  publish: "publishing rollups",
  prune: "removing rollups of days left empty",
  clean: "cleaning up",
};

const staged = (db: Firestore, org: string, jobId: string) =>
  jobPaths.job(db, org, jobId).collection("rollups");

export const metricsRebuildKind: JobKind<RebuildCursor> = {
  kind: "metrics_rebuild",
  step(ctx, cursor) {
    const at = cursor ?? { phase: "facts", after: null };
    switch (at.phase) {
      case "facts":
        return factsStep(ctx, at.after, cursor === null);
      case "publish":
        return publishStep(ctx, at.after);
      case "prune":
        return pruneStep(ctx, at.after);
      case "clean":
        return cleanStep(ctx);
    }
  },
};

async function factsStep(
  { db, org, jobId, deadlineMs }: JobContext,
  after: string | null,
  first: boolean,
): Promise<StepResult<RebuildCursor>> {
  const total = first ? (await paths.conversations(db, org).count().get()).data().count : undefined;
  const mailboxes = new Map((await listMailboxes(db, org)).map((m) => [m.id, m]));
  let query = paths.conversations(db, org).orderBy("__name__").limit(REBUILD_FACTS_PAGE);
  if (after !== null) query = query.startAfter(after);
  const page = await query.get();
  // Taken in order while the step's writes (a facts document each, and the staged rollups they
  // touch) fit one transaction and the time lasts; at least one, so every step moves.
  const taken: Array<{ key: string; facts: Awaited<ReturnType<typeof rebuildConversation>> }> = [];
  const keys = new Set<string>();
  for (const doc of page.docs) {
    const rebuilt = await rebuildConversation(db, org, doc, mailboxes);
    const added = rebuilt.rollups.map(({ key }) => rollupDocId(key)).filter((id) => !keys.has(id));
    const writes = taken.length + keys.size + 1 + new Set(added).size;
    if (taken.length > 0 && (writes > MAX_STEP_WRITES || Date.now() > deadlineMs)) break;
    for (const id of added) keys.add(id);
    taken.push({ key: doc.id, facts: rebuilt });
  }
  const finished = taken.length === page.size && page.size < REBUILD_FACTS_PAGE;
  const last = taken.at(-1)?.key ?? after;
  return {
    cursor: finished ? { phase: "publish", after: null } : { phase: "facts", after: last },
    processed: taken.length,
    ...(total === undefined ? {} : { total }),
    stage: STAGES[finished ? "publish" : "facts"],
    commit: async (tx) => {
      if (taken.length === 0) return;
      const refs = taken.map(({ key }) => metricPaths.fact(db, org, key));
      const current = await tx.getAll(...refs);
      const rollups: RollupSet = new Map();
      taken.forEach(({ key, facts }, i) => {
        if (current[i]?.get("rebuiltBy") === jobId) return; // counted by an earlier try of this page
        tx.set(metricPaths.fact(db, org, key), { ...facts.facts, rebuiltBy: jobId });
        accumulateRollups(rollups, facts.rollups);
      });
      for (const [id, { key, rollup }] of rollups)
        tx.set(staged(db, org, jobId).doc(id), incrementDoc(key, rollup), { merge: true });
    },
  };
}

async function publishStep({ db, org, jobId }: JobContext, after: string | null) {
  const page = await pageOf(staged(db, org, jobId), after);
  // A key is replaced with all its shards (replaceRollup): take keys while their writes fit.
  const taken: Array<{ id: string; keyed: KeyedRollup | null }> = [];
  let writes = 0;
  for (const doc of page.docs) {
    const keyed = toKeyedRollup(doc.data());
    const cost = keyed === null ? 0 : shardCountOf(keyed.key);
    if (taken.length > 0 && writes + cost > MAX_STEP_WRITES) break;
    writes += cost;
    taken.push({ id: doc.id, keyed });
  }
  const finished = taken.length === page.size && page.size < REBUILD_ROLLUP_PAGE;
  return next(taken, finished, "publish", "prune", (tx) => {
    for (const { keyed } of taken) if (keyed !== null) replaceRollup(tx, db, org, keyed.key, keyed.rollup);
  });
}

async function pruneStep({ db, org, jobId }: JobContext, after: string | null) {
  const page = await pageOf(metricPaths.rollups(db, org), after, ["day", "mailboxId", "agent"]);
  const bases = page.docs.map((doc) => baseRollupId(doc.data()));
  const known = [...new Set(bases.filter((id): id is string => id !== null))];
  const stagedDocs =
    known.length === 0 ? [] : await db.getAll(...known.map((id) => staged(db, org, jobId).doc(id)));
  const kept = new Set(known.filter((_, i) => stagedDocs[i]?.exists === true));
  // Any shard of a key the rebuild did not produce (a day left empty), and unreadable documents.
  const orphans = page.docs.filter((_, i) => !kept.has(bases[i] ?? ""));
  return next(page.docs, page.size < REBUILD_ROLLUP_PAGE, "prune", "clean", (tx) => {
    for (const doc of orphans) tx.delete(doc.ref);
  });
}

async function cleanStep({ db, org, jobId }: JobContext): Promise<StepResult<RebuildCursor>> {
  // Always from the start: what an earlier step deleted is gone, so the first page is what is left.
  const page = await pageOf(staged(db, org, jobId), null);
  const done = page.size < REBUILD_ROLLUP_PAGE;
  return {
    cursor: done ? null : { phase: "clean", after: null },
    processed: 0,
    stage: STAGES.clean,
    commit: (tx) => {
      for (const doc of page.docs) tx.delete(doc.ref);
      return Promise.resolve();
    },
  };
}

function pageOf(collection: CollectionReference, after: string | null, fields?: string[]) {
  let query = collection.orderBy("__name__").limit(REBUILD_ROLLUP_PAGE);
  if (fields !== undefined) query = query.select(...fields);
  if (after !== null) query = query.startAfter(after);
  return query.get();
}

function next(
  docs: readonly { id: string }[],
  done: boolean,
  phase: Phase,
  then: Phase,
  write: (tx: Transaction) => void,
): StepResult<RebuildCursor> {
  const cursor: RebuildCursor = done
    ? { phase: then, after: null }
    : { phase, after: docs.at(-1)?.id ?? null };
  return {
    cursor,
    processed: 0,
    stage: STAGES[cursor.phase],
    commit: (tx) => {
      write(tx);
      return Promise.resolve();
    },
  };
}
