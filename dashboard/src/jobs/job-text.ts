import type { JobView } from "@baton/shared/api";

/** How long the jobs list waits before asking again while a job runs. */
export const JOBS_REFRESH_MS = 2_000;

const KIND_LABELS: Record<JobView["kind"], string> = {
  metrics_rebuild: "Metrics rebuild",
  holiday_recompute: "Holiday recompute",
  retention_sweep: "Retention sweep",
  member_load_rebuild: "Open load recount",
};

export function kindLabel(job: JobView): string {
  const label = KIND_LABELS[job.kind];
  return job.scope === null ? label : `${label} (${job.scope})`;
}

/** "120 of 300 (40%)", "120 so far" when the total is not known yet. */
export function progressText(job: JobView): string {
  if (job.total === null) return `${job.processed} so far`;
  if (job.total === 0) return "nothing to do";
  const percent = Math.min(100, Math.floor((job.processed / job.total) * 100));
  return `${job.processed} of ${job.total} (${percent}%)`;
}

/** The fraction for a progress bar, or null when it cannot be drawn. */
export function progressFraction(job: JobView): number | null {
  if (job.state === "done") return 1;
  if (job.total === null || job.total === 0) return null;
  return Math.min(1, job.processed / job.total);
}

export function stateText(job: JobView): string {
  switch (job.state) {
    case "queued":
      return "Waiting to start";
    case "running":
      return job.stage === null ? "Running" : `Running: ${job.stage}`;
    case "done":
      return "Done";
    case "failed":
      return "Failed";
  }
}

export const isRunning = (job: JobView): boolean => job.state === "queued" || job.state === "running";
