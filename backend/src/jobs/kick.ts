import type { JobView } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { randomUUID } from "node:crypto";
import { JOB_KIND_TABLE } from "./kinds";
import { REQUEST_STEP_BUDGET_MS } from "./limits";
import { advanceJob } from "./run";
import { startJob, type JobRequest } from "./start";

/**
 * What a request that asks for a job does: queue it (or find the active one) and advance it for
 * REQUEST_STEP_BUDGET_MS before answering. Why in the request rather than a Firestore trigger or
 * Cloud Tasks: a 2nd-gen function may lose its CPU once it has answered, so work after the answer is
 * not reliable; a trigger chain (each step writing the doc that fires the next) would add a
 * function, an at-least-once redelivery to reason about, and the emulator's trigger latency per
 * step. Steps in the request finish a small org's job before the answer (and an emulator test
 * needs no scheduler); the scheduler's minutely run (jobs/triggers.ts) continues a larger one, and
 * the lease keeps the two from running it at once.
 */
export async function requestJob(
  db: Firestore,
  org: string,
  request: JobRequest,
  nowMs: number,
): Promise<JobView> {
  const { job } = await startJob(db, org, request, nowMs);
  const advanced = await advanceJob(db, org, job.id, {
    kinds: JOB_KIND_TABLE,
    owner: `request-${randomUUID()}`,
    now: () => Date.now(),
    budgetMs: REQUEST_STEP_BUDGET_MS,
  });
  return advanced ?? job;
}
