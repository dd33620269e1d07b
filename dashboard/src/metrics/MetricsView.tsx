import type { MetricsResponse } from "@baton/shared";
import { refusalSentence } from "@baton/shared/permissions";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine, messageOf } from "../app/ErrorLine";
import type { Me } from "../app/types";
import { AgentTable } from "./AgentTable";
import { RoutingReport } from "./RoutingReport";
import { DailyChart, type Series } from "./DailyChart";
import { lastDays, plural } from "./format";
import { Heatmap } from "./Heatmap";
import { MetricCards } from "./MetricCards";

const HOUR = 3_600_000;
const VOLUME: Series[] = [
  { label: "New", value: (d) => d.counts.received, colorVar: "--c1", kind: "count" },
  { label: "Resolved", value: (d) => d.counts.resolved, colorVar: "--c2", kind: "count" },
  {
    label: "Breaches",
    value: (d) =>
      d.counts.breached_first_response + d.counts.breached_next_response + d.counts.breached_resolution,
    colorVar: "--c3",
    kind: "count",
  },
];
const hours = (ms: number | null) => (ms === null ? null : ms / HOUR);
const FIRST_RESPONSE: Series[] = [
  {
    label: "Median (business)",
    value: (d) => hours(d.durations.firstResponseBusiness.median),
    colorVar: "--c1",
    kind: "measure",
  },
  {
    label: "p90 (business)",
    value: (d) => hours(d.durations.firstResponseBusiness.p90),
    colorVar: "--c3",
    kind: "measure",
  },
  {
    label: "Median (wall)",
    value: (d) => hours(d.durations.firstResponseWall.median),
    colorVar: "--c2",
    kind: "measure",
  },
];

export interface MetricsFilter {
  from: string;
  to: string;
  mailbox: string;
  agent: string;
}

/**
 * What a member without the `export` permission reads instead of the metrics: the reads and the
 * export would both answer 403, and a refusal shown only once (or only in the console) reads as a
 * broken button.
 */
export function noMetricsSentence(role: Me["role"]): string {
  return `${refusalSentence(role, "export")} An admin can make you a lead in Settings → Members.`;
}

export function MetricsView({ api, me }: { api: ApiClient; me: Me }) {
  if (!me.allowed.includes("export")) {
    return (
      <section aria-labelledby="metrics-title">
        <h2 id="metrics-title">Metrics</h2>
        <p class="notice" role="alert" data-testid="metrics-refused">
          {noMetricsSentence(me.role)}
        </p>
      </section>
    );
  }
  return <AllowedMetricsView api={api} me={me} />;
}

function AllowedMetricsView({ api, me }: { api: ApiClient; me: Me }) {
  const [filter, setFilter] = useState<MetricsFilter>(() => ({
    ...lastDays(Date.now(), 30),
    mailbox: "",
    agent: "",
  }));
  const [result, setResult] = useState<MetricsResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [renderMs, setRenderMs] = useState<number | null>(null);
  const [exporting, setExporting] = useState(false);
  // Beside the button, apart from the metrics' own error: a failed export always says why.
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const started = performance.now();
    setLoading(true);
    setError(null);
    api
      .call("metrics", {
        query: { from: filter.from, to: filter.to, mailbox: filter.mailbox, agent: filter.agent },
      })
      .then(
        (response) => {
          if (!live) return;
          setResult(response);
          setLoading(false);
          // Request + render: measured after the browser has painted the new numbers.
          requestAnimationFrame(() =>
            setTimeout(() => {
              if (live) setRenderMs(performance.now() - started);
            }, 0),
          );
        },
        (e: unknown) => {
          if (!live) return;
          setError(e);
          setLoading(false);
        },
      );
    return () => {
      live = false;
    };
  }, [api, filter]);

  const exportCsv = () => {
    setExporting(true);
    setExportError(null);
    api
      .download({ from: filter.from, to: filter.to, mailbox: filter.mailbox })
      .then(({ filename, blob }) => {
        const url = URL.createObjectURL(blob);
        const link = document.createElement("a");
        link.href = url;
        link.download = filename;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => {
          URL.revokeObjectURL(url);
        }, 10_000);
      })
      .catch((e: unknown) => {
        setExportError(`The export failed: ${messageOf(e)}`);
      })
      .finally(() => {
        setExporting(false);
      });
  };

  const set = (change: Partial<MetricsFilter>) => {
    setFilter((f) => ({ ...f, ...change }));
  };
  const days = useMemo(() => result?.summary.days ?? [], [result]);
  return (
    <section aria-labelledby="metrics-title">
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <h2 id="metrics-title">Metrics</h2>
        <label>
          From{" "}
          <input
            type="date"
            value={filter.from}
            max={filter.to}
            onChange={(e) => {
              set({ from: e.currentTarget.value });
            }}
          />
        </label>
        <label>
          To{" "}
          <input
            type="date"
            value={filter.to}
            min={filter.from}
            onChange={(e) => {
              set({ to: e.currentTarget.value });
            }}
          />
        </label>
        <label>
          Mailbox{" "}
          <select
            value={filter.mailbox}
            onChange={(e) => {
              set({ mailbox: e.currentTarget.value });
            }}
          >
            <option value="">All mailboxes</option>
            {me.mailboxes.map((m) => (
              <option value={m.id}>{m.name}</option>
            ))}
          </select>
        </label>
        <label>
          Agent{" "}
          <select
            value={filter.agent}
            onChange={(e) => {
              set({ agent: e.currentTarget.value });
            }}
          >
            <option value="">Everyone</option>
            <option value="unassigned">Unassigned</option>
            {me.members.map((m) => (
              <option value={m.email}>{m.name}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={exportCsv} disabled={exporting}>
          {exporting ? "Exporting…" : "Export CSV"}
        </button>
        {filter.agent !== "" && (
          <span class="muted" data-testid="export-scope">
            The CSV lists every agent&rsquo;s conversations of the range and mailbox.
          </span>
        )}
        {exportError !== null && (
          <p class="error" role="alert" data-testid="export-error">
            {exportError}
          </p>
        )}
      </form>
      {error !== null && <ErrorLine error={error} />}
      {loading && <p class="muted">Loading metrics…</p>}
      {result !== null && (
        <div class="metrics" data-testid="metrics" aria-busy={loading}>
          <MetricCards totals={result.summary.totals} />
          <div class="charts">
            <DailyChart
              title="Volume per day"
              from={result.from}
              to={result.to}
              days={days}
              series={VOLUME}
              unit="count"
            />
            <DailyChart
              title="First response per day"
              from={result.from}
              to={result.to}
              days={days}
              series={FIRST_RESPONSE}
              unit="hours"
            />
          </div>
          <Heatmap hourOfWeek={result.summary.hourOfWeek} />
          <AgentTable rows={result.summary.agents} team={result.summary.team} />
          <RoutingReport rules={result.summary.rules} load={result.load} />
          <p class="footnote muted" data-testid="metrics-footnote">
            Read from {plural(result.documentsRead, "daily rollup document")}
            {renderMs === null ? "" : `, shown in ${Math.round(renderMs)} ms`}. Medians and p90s come from
            histograms with 5% buckets: within {(result.summary.percentileRelativeError * 100).toFixed(1)}% of
            the exact value.
          </p>
        </div>
      )}
    </section>
  );
}
