/**
 * GET /jobs and GET /jobs/{id}: the background jobs of an org (metrics rebuilds, holiday
 * recomputes, retention sweeps) with their progress, for the admin who started or watches them.
 * POST /metrics/rebuild answers one of these with 202: the work runs in bounded steps afterwards.
 */
import { z } from "zod";
import { JOB_LIMITS } from "../limits/jobs";

export const JOB_KINDS = [
  "metrics_rebuild",
  "holiday_recompute",
  "retention_sweep",
  // Recounts members' open load (routing caps) from the conversations: backend/src/routing/load-rebuild.ts.
  "member_load_rebuild",
] as const;
export type JobKindName = (typeof JOB_KINDS)[number];

export const JOB_STATES = ["queued", "running", "done", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobView {
  id: string;
  kind: JobKindName;
  /** The mailbox of a holiday recompute; null for org-wide jobs. */
  scope: string | null;
  state: JobState;
  /** What the job is doing now, in words ("writing facts", "publishing rollups"); null when none. */
  stage: string | null;
  processed: number;
  /** Items the job expects to process, when known. */
  total: number | null;
  requestedBy: string;
  startedAt: number;
  updatedAt: number;
  finishedAt: number | null;
  /** Why it failed, as a sentence an admin can act on; null unless failed (or a step being retried). */
  error: string | null;
}

/** At most this many jobs in one list, newest first: enough to see what ran this week. */
export const MAX_JOBS_LISTED = JOB_LIMITS.jobsListed.value;

const jobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "expected a job id" });

export const jobResponseSchema = z.custom<JobView>(
  (value) => typeof value === "object" && value !== null && "state" in value && "kind" in value,
);

export const jobsResponseSchema = z.object({ jobs: z.array(jobResponseSchema) });

/** Route entries, registered in routes.ts beside the contract's own. */
export const jobsRoutes = {
  listJobs: {
    method: "GET",
    path: "/jobs",
    auth: true,
    // Jobs rewrite rollups and delete conversations: watching them is for the admins who start them.
    permission: "manage_mailboxes",
    refusal: "see background jobs; only admins can",
    query: z.strictObject({}),
    response: jobsResponseSchema,
  },
  getJob: {
    method: "GET",
    path: "/jobs/{id}",
    auth: true,
    permission: "manage_mailboxes",
    refusal: "see background jobs; only admins can",
    params: z.strictObject({ id: jobIdSchema }),
    response: jobResponseSchema,
  },
} as const;
