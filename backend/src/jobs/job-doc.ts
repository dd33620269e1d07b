import { JOB_KINDS, JOB_STATES, type JobKindName, type JobState, type JobView } from "@baton/shared";
import type { DocumentData } from "firebase-admin/firestore";

/** The stored job document (orgs/{org}/jobs/{id}); the cursor is JSON so any kind's shape fits. */
export interface JobDoc {
  kind: JobKindName;
  scope: string | null;
  params: Record<string, unknown>;
  state: JobState;
  cursor: string | null;
  stage: string | null;
  processed: number;
  total: number | null;
  requestedBy: string;
  startedAt: number;
  updatedAt: number;
  finishedAt: number | null;
  error: string | null;
  /** Steps failed in a row; reset by a step that succeeds. */
  failures: number;
  lease: { owner: string; expiresAt: number } | null;
}

export const isActive = (state: JobState): boolean => state === "queued" || state === "running";

const numberOr = <T>(value: unknown, fallback: T): number | T =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;
const stringOr = <T>(value: unknown, fallback: T): string | T =>
  typeof value === "string" ? value : fallback;

/** A stored job read leniently: a malformed field reads as its empty value, never throws. */
export function toJobDoc(data: DocumentData): JobDoc | null {
  const kind = data.kind as JobKindName;
  const state = data.state as JobState;
  if (!JOB_KINDS.includes(kind) || !JOB_STATES.includes(state)) return null;
  const lease = data.lease as { owner?: unknown; expiresAt?: unknown } | null | undefined;
  return {
    kind,
    scope: stringOr(data.scope, null),
    params:
      typeof data.params === "object" && data.params !== null ? (data.params as Record<string, unknown>) : {},
    state,
    cursor: stringOr(data.cursor, null),
    stage: stringOr(data.stage, null),
    processed: numberOr(data.processed, 0),
    total: numberOr(data.total, null),
    requestedBy: stringOr(data.requestedBy, ""),
    startedAt: numberOr(data.startedAt, 0),
    updatedAt: numberOr(data.updatedAt, 0),
    finishedAt: numberOr(data.finishedAt, null),
    error: stringOr(data.error, null),
    failures: numberOr(data.failures, 0),
    lease:
      typeof lease?.owner === "string" && typeof lease.expiresAt === "number"
        ? { owner: lease.owner, expiresAt: lease.expiresAt }
        : null,
  };
}

export function toJobView(id: string, job: JobDoc): JobView {
  return {
    id,
    kind: job.kind,
    scope: job.scope,
    state: job.state,
    stage: job.stage,
    processed: job.processed,
    total: job.total,
    requestedBy: job.requestedBy,
    startedAt: job.startedAt,
    updatedAt: job.updatedAt,
    finishedAt: job.finishedAt,
    error: job.error,
  };
}
