/**
 * Advancing jobs: a runner takes a job's lease (owner + expiry on the job document, in a
 * transaction), runs steps until its budget is spent, and commits each step's cursor and progress
 * in one transaction that first checks it still holds the lease. Two runners (the request that
 * started the job and the scheduler, or two scheduler runs) therefore never run a job at once, and
 * one that crashed loses the job only until its lease expires.
 */
import type { JobKindName, JobView } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { isActive, toJobDoc, toJobView, type JobDoc } from "./job-doc";
import { JOB_LEASE_MS, MAX_ACTIVE_JOBS_PER_RUN, MAX_STEP_FAILURES, STEP_BUDGET_MS } from "./limits";
import { jobPaths, lockOf } from "./paths";
import type { JobKind, StepResult } from "./types";

export type JobKinds = Readonly<Record<JobKindName, JobKind>>;

export interface RunOptions {
  kinds: JobKinds;
  /** Who holds the lease (an invocation id): a runner recognises its own lease, nobody else's. */
  owner: string;
  now: () => number;
  /** The runner stops starting steps after this long. */
  budgetMs: number;
  /** The budget of each step (tests make it tiny to force many steps). */
  stepBudgetMs?: number;
}

/** Runs steps of one job within the budget; the job as it stands afterwards (null if unknown). */
export async function advanceJob(
  db: Firestore,
  org: string,
  jobId: string,
  options: RunOptions,
): Promise<JobView | null> {
  const started = options.now();
  let job = await acquireLease(db, org, jobId, options.owner, started);
  if (job === null) return readJob(db, org, jobId);
  const kind = options.kinds[job.kind];
  while (isActive(job.state) && options.now() - started < options.budgetMs) {
    const nowMs = options.now();
    let result: StepResult<unknown>;
    try {
      result = await kind.step(
        {
          db,
          org,
          jobId,
          params: job.params,
          nowMs,
          deadlineMs: nowMs + (options.stepBudgetMs ?? STEP_BUDGET_MS),
        },
        job.cursor === null ? null : (JSON.parse(job.cursor) as unknown),
      );
    } catch (error) {
      job = await recordFailure(db, org, jobId, options.owner, options.now(), error);
      break;
    }
    const next = await commitStep(db, org, jobId, options.owner, options.now(), result);
    if (next === null) return readJob(db, org, jobId); // lease lost: someone else runs it now
    job = next;
  }
  if (job !== null && isActive(job.state)) await releaseLease(db, org, jobId, options.owner);
  return readJob(db, org, jobId);
}

/** The scheduler's pass: advances every active job (oldest first) within the run's budget. */
export async function advanceActiveJobs(db: Firestore, options: RunOptions): Promise<number> {
  const started = options.now();
  const actives = await jobPaths.actives(db).orderBy("since").limit(MAX_ACTIVE_JOBS_PER_RUN).get();
  let advanced = 0;
  for (const lock of actives.docs) {
    const left = options.budgetMs - (options.now() - started);
    if (left <= 0) break;
    const org: unknown = lock.get("org");
    const jobId: unknown = lock.get("jobId");
    if (typeof org !== "string" || typeof jobId !== "string") continue;
    const job = await advanceJob(db, org, jobId, { ...options, budgetMs: left });
    // A lock whose job vanished or finished without clearing it (a crash in between) is stale.
    if (job === null || !isActive(job.state)) await clearStaleLock(db, lock.ref.id, jobId);
    advanced += 1;
  }
  return advanced;
}

async function readJob(db: Firestore, org: string, jobId: string): Promise<JobView | null> {
  const snapshot = await jobPaths.job(db, org, jobId).get();
  const job = snapshot.exists ? toJobDoc(snapshot.data() ?? {}) : null;
  return job === null ? null : toJobView(jobId, job);
}

async function acquireLease(
  db: Firestore,
  org: string,
  jobId: string,
  owner: string,
  nowMs: number,
): Promise<JobDoc | null> {
  const ref = jobPaths.job(db, org, jobId);
  return db.runTransaction(async (tx) => {
    const job = toJobDoc((await tx.get(ref)).data() ?? {});
    if (job === null || !isActive(job.state)) return null;
    if (job.lease !== null && job.lease.owner !== owner && job.lease.expiresAt > nowMs) return null;
    const lease = { owner, expiresAt: nowMs + JOB_LEASE_MS };
    tx.update(ref, { state: "running", lease, updatedAt: nowMs });
    return { ...job, state: "running" as const, lease };
  });
}

async function releaseLease(db: Firestore, org: string, jobId: string, owner: string): Promise<void> {
  const ref = jobPaths.job(db, org, jobId);
  await db.runTransaction(async (tx) => {
    const job = toJobDoc((await tx.get(ref)).data() ?? {});
    if (job?.lease?.owner === owner) tx.update(ref, { lease: null });
  });
}

/**
 * The step's effects (if it hands them over), its cursor and its progress, in one transaction that
 * first checks the lease: a runner that lost its job (it stalled past the lease) commits nothing.
 */
async function commitStep(
  db: Firestore,
  org: string,
  jobId: string,
  owner: string,
  nowMs: number,
  result: StepResult<unknown>,
): Promise<JobDoc | null> {
  const ref = jobPaths.job(db, org, jobId);
  return db.runTransaction(async (tx) => {
    const job = toJobDoc((await tx.get(ref)).data() ?? {});
    if (job === null || job.lease?.owner !== owner || !isActive(job.state)) return null;
    if (result.commit !== undefined) await result.commit(tx);
    const done = result.cursor === null;
    const next: JobDoc = {
      ...job,
      cursor: done ? null : JSON.stringify(result.cursor),
      processed: job.processed + result.processed,
      total: result.total ?? job.total,
      stage: done ? null : (result.stage ?? job.stage),
      state: done ? "done" : "running",
      updatedAt: nowMs,
      finishedAt: done ? nowMs : null,
      error: null,
      failures: 0,
      lease: done ? null : { owner, expiresAt: nowMs + JOB_LEASE_MS },
    };
    tx.set(ref, next);
    if (done) tx.delete(jobPaths.active(db, org, lockOf(job.kind, job.scope)));
    return next;
  });
}

/** A thrown step: retried by the next run, failed for good after MAX_STEP_FAILURES in a row. */
async function recordFailure(
  db: Firestore,
  org: string,
  jobId: string,
  owner: string,
  nowMs: number,
  error: unknown,
): Promise<JobDoc | null> {
  const ref = jobPaths.job(db, org, jobId);
  const reason = error instanceof Error ? error.message : String(error);
  return db.runTransaction(async (tx) => {
    const job = toJobDoc((await tx.get(ref)).data() ?? {});
    if (job === null || job.lease?.owner !== owner) return job;
    const failures = job.failures + 1;
    const failed = failures >= MAX_STEP_FAILURES;
    const next: JobDoc = {
      ...job,
      failures,
      state: failed ? "failed" : "running",
      error: failed
        ? `The job stopped after ${failures} failed attempts at the same step (last: ${reason}); start it again once the cause is fixed.`
        : `A step failed (${reason}); it will be retried.`,
      updatedAt: nowMs,
      finishedAt: failed ? nowMs : null,
      lease: null,
    };
    tx.set(ref, next);
    if (failed) tx.delete(jobPaths.active(db, org, lockOf(job.kind, job.scope)));
    return next;
  });
}

async function clearStaleLock(db: Firestore, lockId: string, jobId: string): Promise<void> {
  const ref = jobPaths.actives(db).doc(lockId);
  await db.runTransaction(async (tx) => {
    if ((await tx.get(ref)).get("jobId") === jobId) tx.delete(ref);
  });
}
