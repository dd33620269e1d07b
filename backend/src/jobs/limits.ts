import { JOB_LIMITS } from "@baton/shared/limits";

/**
 * The bounds of background jobs. Each is what keeps one step (and so one function invocation, one
 * transaction) small whatever the size of the org.
 */

/**
 * How long a runner holds a job without renewing its lease. Longer than one step can take (a step
 * stops taking work at its budget, and one item may overrun it), so a live runner never loses its
 * job; short enough that a crashed runner's job is picked up by the next scheduler run.
 */
export const JOB_LEASE_MS = JOB_LIMITS.jobLease.value;

/**
 * Time the request that starts a job spends advancing it before answering 202: a small org's job
 * is done by then (and in the emulator a test need not wait for the scheduler), a large one is
 * continued by the scheduler. Below the API's latency budget for an admin action.
 */
export const REQUEST_STEP_BUDGET_MS = JOB_LIMITS.requestStepBudget.value;

/** Time one scheduler run spends advancing jobs: under the function's 540 s timeout, with margin. */
export const SCHEDULER_RUN_BUDGET_MS = JOB_LIMITS.schedulerRunBudget.value;

/** Time one step spends taking new items before it saves its cursor. */
export const STEP_BUDGET_MS = JOB_LIMITS.stepBudget.value;

/**
 * Writes one step commits with its cursor in one transaction: well under Firestore's 10 MiB and
 * per-transaction limits, so a page of facts and rollup increments always fits.
 */
export const MAX_STEP_WRITES = JOB_LIMITS.stepWrites.value;

/** Steps that fail in a row before a job is marked failed (a transient error is retried meanwhile). */
export const MAX_STEP_FAILURES = JOB_LIMITS.stepFailures.value;

/** Active jobs one scheduler run looks at; the rest wait a minute (they are few: one per kind and org). */
export const MAX_ACTIVE_JOBS_PER_RUN = JOB_LIMITS.activeJobsPerRun.value;
