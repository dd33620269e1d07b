import type { JobView } from "@baton/shared/api";
import type { Translator } from "@baton/shared/i18n";

/** How long the jobs list waits before asking again while a job runs. */
export const JOBS_REFRESH_MS = 2_000;

const KIND_LABELS = {
  metrics_rebuild: "dashboard.kindMetricsRebuild",
  holiday_recompute: "dashboard.kindHolidayRecompute",
  retention_sweep: "dashboard.kindRetentionSweep",
  member_load_rebuild: "dashboard.kindMemberLoadRebuild",
} as const satisfies Record<JobView["kind"], string>;

export function kindLabel(job: JobView, t: Translator): string {
  const label = t.t(KIND_LABELS[job.kind]);
  return job.scope === null ? label : t.t("dashboard.kindScoped", { kind: label, scope: job.scope });
}

/** "120 of 300 (40%)", "120 so far" when the total is not known yet. */
export function progressText(job: JobView, t: Translator): string {
  const count = (n: number) => new Intl.NumberFormat(t.locale).format(n);
  if (job.total === null) return t.t("dashboard.progressSoFar", { processed: count(job.processed) });
  if (job.total === 0) return t.t("dashboard.progressNothing");
  const percent = Math.min(100, Math.floor((job.processed / job.total) * 100));
  return t.t("dashboard.progressOf", {
    processed: count(job.processed),
    total: count(job.total),
    percent: new Intl.NumberFormat(t.locale, { style: "percent" }).format(percent / 100),
  });
}

/** The fraction for a progress bar, or null when it cannot be drawn. */
export function progressFraction(job: JobView): number | null {
  if (job.state === "done") return 1;
  if (job.total === null || job.total === 0) return null;
  return Math.min(1, job.processed / job.total);
}

export function stateText(job: JobView, t: Translator): string {
  switch (job.state) {
    case "queued":
      return t.t("dashboard.jobQueued");
    case "running":
      // The stage is the backend's own phrase ("publishing rollups"), shown as it comes.
      return job.stage === null
        ? t.t("dashboard.jobRunning")
        : t.t("dashboard.jobRunningStage", { stage: job.stage });
    case "done":
      return t.t("dashboard.jobDone");
    case "failed":
      return t.t("dashboard.jobFailed");
  }
}

export const isRunning = (job: JobView): boolean => job.state === "queued" || job.state === "running";
