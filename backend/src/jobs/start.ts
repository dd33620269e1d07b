import type { JobKindName, JobView } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { createIdGenerator } from "../store/ids";
import { isActive, toJobDoc, toJobView, type JobDoc } from "./job-doc";
import { jobPaths, lockOf } from "./paths";

export interface JobRequest {
  kind: JobKindName;
  /** A mailbox for per-mailbox jobs: one active job per kind and scope. Null: one per kind and org. */
  scope: string | null;
  params: Record<string, unknown>;
  requestedBy: string;
}

/**
 * Queues a job, or returns the active one of the same kind (and scope): one transaction over the
 * kind's lock document (activeJobs/{org}:{kind}), so two admins clicking at once get one job.
 */
export async function startJob(
  db: Firestore,
  org: string,
  request: JobRequest,
  nowMs: number,
): Promise<{ job: JobView; created: boolean }> {
  const lockRef = jobPaths.active(db, org, lockOf(request.kind, request.scope));
  return db.runTransaction(async (tx) => {
    const lock = await tx.get(lockRef);
    const activeId: unknown = lock.get("jobId");
    if (typeof activeId === "string") {
      const active = await tx.get(jobPaths.job(db, org, activeId));
      const job = active.exists ? toJobDoc(active.data() ?? {}) : null;
      if (job !== null && isActive(job.state)) return { job: toJobView(activeId, job), created: false };
    }
    // Time-prefixed ids (store/ids.ts): unique across instances, and sorted as they were made.
    const id = createIdGenerator(nowMs)();
    const job: JobDoc = {
      kind: request.kind,
      scope: request.scope,
      params: request.params,
      state: "queued",
      cursor: null,
      stage: null,
      processed: 0,
      total: null,
      requestedBy: request.requestedBy,
      startedAt: nowMs,
      updatedAt: nowMs,
      finishedAt: null,
      error: null,
      failures: 0,
      lease: null,
    };
    tx.set(jobPaths.job(db, org, id), job);
    tx.set(lockRef, { org, jobId: id, kind: request.kind, since: nowMs });
    return { job: toJobView(id, job), created: true };
  });
}
