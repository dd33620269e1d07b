import type { JobView } from "@baton/shared/api";
import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { isRunning, JOBS_REFRESH_MS, kindLabel, progressFraction, progressText, stateText } from "./job-text";

const when = (ms: number | null) => (ms === null ? "" : new Date(ms).toLocaleString());

/** Background jobs (rebuilds, recomputes, retention) with their progress; refreshes while one runs. */
export function JobsView({ api }: { api: ApiClient }) {
  const [jobs, setJobs] = useState<JobView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);

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
      <h2 id="jobs-title">Background jobs</h2>
      <p class="muted">
        Metrics rebuilds, holiday recomputes and retention sweeps run in small steps; this list follows them.
      </p>
      <button
        type="button"
        onClick={() => {
          setTick((t) => t + 1);
        }}
      >
        Refresh
      </button>
      {error !== null && <ErrorLine error={error} />}
      {jobs === null && error === null && <p class="muted">Loading jobs…</p>}
      {jobs !== null && jobs.length === 0 && <p class="muted">No background jobs yet.</p>}
      {jobs !== null && jobs.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">State</th>
              <th scope="col">Progress</th>
              <th scope="col">Started</th>
              <th scope="col">Finished</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => {
              const fraction = progressFraction(job);
              return (
                <tr key={job.id} data-state={job.state}>
                  <td>{kindLabel(job)}</td>
                  <td>
                    {stateText(job)}
                    {job.error !== null && (
                      <p class={job.state === "failed" ? "error" : "muted"} role="status">
                        {job.error}
                      </p>
                    )}
                  </td>
                  <td>
                    {fraction !== null && (
                      <progress max={1} value={fraction} aria-label={`${kindLabel(job)} progress`} />
                    )}{" "}
                    {progressText(job)}
                  </td>
                  <td>{when(job.startedAt)}</td>
                  <td>{when(job.finishedAt)}</td>
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
