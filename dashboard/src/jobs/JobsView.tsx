import type { JobView } from "@baton/shared/api";
import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { tOf, useTranslator } from "../app/i18n";
import { isRunning, JOBS_REFRESH_MS, kindLabel, progressFraction, progressText, stateText } from "./job-text";

/** A moment in the reader's locale and the browser's zone ("23 Nov 2026, 13:20"). */
const when = (ms: number | null, locale: string) =>
  ms === null ? "" : new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(ms);

/** Background jobs (rebuilds, recomputes, retention) with their progress; refreshes while one runs. */
export function JobsView({ api }: { api: ApiClient }) {
  const [jobs, setJobs] = useState<JobView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const translator = useTranslator();
  const t = tOf(translator);

  useEffect(() => {
    let live = true;
    api.call("listJobs", {}).then(
      (answer) => {
        if (!live) return;
        setError(null);
        setJobs(answer.jobs);
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [api, tick]);

  const running = jobs?.some(isRunning) ?? false;
  useEffect(() => {
    // Polls only while something runs: a finished list does not change on its own.
    if (!running) return;
    const timer = setTimeout(() => {
      setTick((t) => t + 1);
    }, JOBS_REFRESH_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [running, jobs]);

  return (
    <section aria-labelledby="jobs-title" class="jobs">
      <h2 id="jobs-title">{t("dashboard.jobsTitle")}</h2>
      <p class="muted">{t("dashboard.jobsIntro")}</p>
      <button
        type="button"
        onClick={() => {
          setTick((t) => t + 1);
        }}
      >
        {t("dashboard.refresh")}
      </button>
      {error !== null && <ErrorLine error={error} />}
      {jobs === null && error === null && <p class="muted">{t("dashboard.loadingJobs")}</p>}
      {jobs !== null && jobs.length === 0 && <p class="muted">{t("dashboard.noJobs")}</p>}
      {jobs !== null && jobs.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.colJob")}</th>
              <th scope="col">{t("dashboard.colState")}</th>
              <th scope="col">{t("dashboard.colProgress")}</th>
              <th scope="col">{t("dashboard.colStarted")}</th>
              <th scope="col">{t("dashboard.colFinished")}</th>
              <th scope="col">{t("dashboard.colBy")}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => {
              const fraction = progressFraction(job);
              return (
                <tr key={job.id} data-state={job.state}>
                  <td>{kindLabel(job, translator)}</td>
                  <td>
                    {stateText(job, translator)}
                    {job.error !== null && (
                      <p class={job.state === "failed" ? "error" : "muted"} role="status">
                        {job.error}
                      </p>
                    )}
                  </td>
                  <td>
                    {fraction !== null && (
                      <progress
                        max={1}
                        value={fraction}
                        aria-label={t("dashboard.jobProgress", { job: kindLabel(job, translator) })}
                      />
                    )}{" "}
                    {progressText(job, translator)}
                  </td>
                  <td>{when(job.startedAt, translator.locale)}</td>
                  <td>{when(job.finishedAt, translator.locale)}</td>
                  <td>{job.requestedBy}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
