import type { MetricsResponse } from "@baton/shared";
import type { Translator } from "@baton/shared/i18n";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine, messageOf } from "../app/ErrorLine";
import { tOf, useTranslator } from "../app/i18n";
import { roleName } from "../app/role-name";
import type { Me } from "../app/types";
import { AgentTable } from "./AgentTable";
import { RoutingReport } from "./RoutingReport";
import { DailyChart, type Series } from "./DailyChart";
import { formatCount, lastDays } from "./format";
import { Heatmap } from "./Heatmap";
import { MetricCards } from "./MetricCards";

const HOUR = 3_600_000;
/** The charts' lines, named in the reader's language. */
const volume = (t: Translator): Series[] => [
  { label: t.t("dashboard.seriesNew"), value: (d) => d.counts.received, colorVar: "--c1", kind: "count" },
  {
    label: t.t("dashboard.seriesResolved"),
    value: (d) => d.counts.resolved,
    colorVar: "--c2",
    kind: "count",
  },
  {
    label: t.t("dashboard.seriesBreaches"),
    value: (d) =>
      d.counts.breached_first_response + d.counts.breached_next_response + d.counts.breached_resolution,
    colorVar: "--c3",
    kind: "count",
  },
];
const hours = (ms: number | null) => (ms === null ? null : ms / HOUR);
const firstResponse = (t: Translator): Series[] => [
  {
    label: t.t("dashboard.seriesMedianBusiness"),
    value: (d) => hours(d.durations.firstResponseBusiness.median),
    colorVar: "--c1",
    kind: "measure",
  },
  {
    label: t.t("dashboard.seriesP90Business"),
    value: (d) => hours(d.durations.firstResponseBusiness.p90),
    colorVar: "--c3",
    kind: "measure",
  },
  {
    label: t.t("dashboard.seriesMedianWall"),
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
export function noMetricsSentence(role: Me["role"], t: Translator): string {
  // The API's own refusal ("Your role (agent) can't export team metrics; ..."), from the errors area.
  const refusal = t.t("errors.roleCant", { role: roleName(role, t), what: t.t("errors.cantSeeMetrics") });
  return t.t("dashboard.noMetrics", { refusal });
}

export function MetricsView({ api, me }: { api: ApiClient; me: Me }) {
  const translator = useTranslator();
  if (!me.allowed.includes("export")) {
    return (
      <section aria-labelledby="metrics-title">
        <h2 id="metrics-title">{translator.t("dashboard.metricsTitle")}</h2>
        <p class="notice" role="alert" data-testid="metrics-refused">
          {noMetricsSentence(me.role, translator)}
        </p>
      </section>
    );
  }
  return <AllowedMetricsView api={api} me={me} />;
}

function AllowedMetricsView({ api, me }: { api: ApiClient; me: Me }) {
  const translator = useTranslator();
  const t = tOf(translator);
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
        setExportError(t("dashboard.exportFailed", { reason: messageOf(e, translator) }));
      })
      .finally(() => {
        setExporting(false);
      });
  };

  const set = (change: Partial<MetricsFilter>) => {
    setFilter((f) => ({ ...f, ...change }));
  };
  const days = useMemo(() => result?.summary.days ?? [], [result]);
  // Memoised per language: the charts redraw when their series change.
  const volumeSeries = useMemo(() => volume(translator), [translator]);
  const firstResponseSeries = useMemo(() => firstResponse(translator), [translator]);
  return (
    <section aria-labelledby="metrics-title">
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <h2 id="metrics-title">{t("dashboard.metricsTitle")}</h2>
        <label>
          {t("dashboard.from")}{" "}
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
          {t("dashboard.to")}{" "}
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
          {t("dashboard.mailbox")}{" "}
          <select
            value={filter.mailbox}
            onChange={(e) => {
              set({ mailbox: e.currentTarget.value });
            }}
          >
            <option value="">{t("dashboard.allMailboxes")}</option>
            {me.mailboxes.map((m) => (
              <option value={m.id}>{m.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t("dashboard.agent")}{" "}
          <select
            value={filter.agent}
            onChange={(e) => {
              set({ agent: e.currentTarget.value });
            }}
          >
            <option value="">{t("dashboard.everyone")}</option>
            <option value="unassigned">{t("dashboard.unassignedOption")}</option>
            {me.members.map((m) => (
              <option value={m.email}>{m.name}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={exportCsv} disabled={exporting}>
          {exporting ? t("dashboard.exporting") : t("dashboard.exportCsv")}
        </button>
        {filter.agent !== "" && (
          <span class="muted" data-testid="export-scope">
            {t("dashboard.exportScope")}
          </span>
        )}
        {exportError !== null && (
          <p class="error" role="alert" data-testid="export-error">
            {exportError}
          </p>
        )}
      </form>
      {error !== null && <ErrorLine error={error} />}
      {loading && <p class="muted">{t("dashboard.loadingMetrics")}</p>}
      {result !== null && (
        <div class="metrics" data-testid="metrics" aria-busy={loading}>
          <MetricCards totals={result.summary.totals} />
          <div class="charts">
            <DailyChart
              title={t("dashboard.chartVolume")}
              from={result.from}
              to={result.to}
              days={days}
              series={volumeSeries}
              unit={t("dashboard.unitCount")}
            />
            <DailyChart
              title={t("dashboard.chartFirstResponse")}
              from={result.from}
              to={result.to}
              days={days}
              series={firstResponseSeries}
              unit={t("dashboard.unitHours")}
            />
          </div>
          <Heatmap hourOfWeek={result.summary.hourOfWeek} />
          <AgentTable rows={result.summary.agents} team={result.summary.team} />
          <RoutingReport rules={result.summary.rules} load={result.load} />
          <p class="footnote muted" data-testid="metrics-footnote">
            {t("dashboard.footnote", {
              documents: result.documentsRead,
              shown:
                renderMs === null
                  ? ""
                  : t("dashboard.footnoteShown", { ms: formatCount(Math.round(renderMs), translator) }),
              error: new Intl.NumberFormat(translator.locale, {
                style: "percent",
                minimumFractionDigits: 1,
                maximumFractionDigits: 1,
              }).format(result.summary.percentileRelativeError),
            })}
          </p>
        </div>
      )}
    </section>
  );
}
