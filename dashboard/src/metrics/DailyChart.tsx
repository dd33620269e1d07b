import type { DayMetrics } from "@baton/shared";
import { METRICS_LIMITS } from "@baton/shared/limits";
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import { tOf, useTranslator } from "../app/i18n";

export interface Series {
  label: string;
  value: (day: DayMetrics) => number | null;
  /** A CSS custom property holding the colour, so dark mode recolours the chart. */
  colorVar: string;
  /**
   * "count": a day without rollups had none, drawn at 0 so the line runs through it. "measure": a day
   * with nothing measured has no value (a median of nothing is not 0 h); the line joins its neighbours.
   */
  kind: "count" | "measure";
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

/** Midnight UTC of a local date as uPlot's x (seconds); the axis then labels days. */
function xOf(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

const DAY_S = 86_400;

/** Every day of [from, to] (at most a year), so days without activity still have a place on the axis. */
export function daysOf(from: string, to: string): number[] {
  const out: number[] = [];
  for (let x = xOf(from); x <= xOf(to) && out.length < METRICS_LIMITS.metricsRangeDays.value; x += DAY_S)
    out.push(x);
  return out;
}

/** Each series' value per day of `xs`: counts 0 on days without rollups, measures null there. */
export function seriesValues(
  xs: readonly number[],
  days: readonly DayMetrics[],
  series: readonly Series[],
): Array<Array<number | null>> {
  const byX = new Map(days.map((d) => [xOf(d.day), d]));
  return series.map((s) =>
    xs.map((x) => {
      const day = byX.get(x);
      if (day === undefined) return s.kind === "count" ? 0 : null;
      return s.value(day) ?? (s.kind === "count" ? 0 : null);
    }),
  );
}

/** Month and weekday names in the reader's locale, for uPlot's axis labels (its own are English). */
export function dateNames(locale: string): uPlot.DateNames {
  const names = (options: Intl.DateTimeFormatOptions, count: number, step: (i: number) => number) => {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    return Array.from({ length: count }, (_, i) => format.format(step(i)));
  };
  const month = (i: number) => Date.UTC(2026, i, 15);
  // 4 January 2026 was a Sunday: uPlot's weekdays start on Sunday.
  const weekday = (i: number) => Date.UTC(2026, 0, 4 + i);
  return {
    MMMM: names({ month: "long" }, 12, month),
    MMM: names({ month: "short" }, 12, month),
    WWWW: names({ weekday: "long" }, 7, weekday),
    WWW: names({ weekday: "short" }, 7, weekday),
  };
}

/** One uPlot line chart of per-day values, sized to its container and redrawn when data changes. */
export function DailyChart(props: {
  title: string;
  from: string;
  to: string;
  days: readonly DayMetrics[];
  series: Series[];
  unit?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const translator = useTranslator();
  const t = tOf(translator);
  const { locale } = translator;
  useEffect(() => {
    const names = dateNames(locale);
    const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    const tickFormat = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
    const el = host.current;
    if (el === null) return;
    const xs = daysOf(props.from, props.to);
    const data: uPlot.AlignedData = [xs, ...seriesValues(xs, props.days, props.series)];
    const first = xs[0] ?? 0;
    const last = xs[xs.length - 1] ?? first;
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: 220,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "UTC"),
        fmtDate: (template) => uPlot.fmtDate(template, names),
        // A single day still gets a day-wide axis instead of uPlot's guess.
        scales: { x: { time: true, range: (): [number, number] => [first - DAY_S / 2, last + DAY_S / 2] } },
        axes: [
          {
            stroke: cssVar("--fg-muted"),
            grid: { stroke: cssVar("--grid") },
            // Day and month in the reader's order ("25 Oct" / "25 okt"), not uPlot's American "10/25".
            values: (_u: uPlot, splits: number[]) => splits.map((x) => tickFormat.format(x * 1000)),
          },
          { stroke: cssVar("--fg-muted"), grid: { stroke: cssVar("--grid") }, label: props.unit ?? "" },
        ],
        series: [
          // The legend's day, in the reader's words and date style (uPlot's own say "Time" and "10/5/26").
          {
            label: t("dashboard.day"),
            value: (_u: uPlot, x: number | null) => (x === null ? "" : dayFormat.format(x * 1000)),
          },
          ...props.series.map((s) => ({
            label: s.label,
            stroke: cssVar(s.colorVar),
            width: 2,
            points: { show: true },
            // Measures skip days with nothing measured instead of breaking the line there.
            spanGaps: s.kind === "measure",
          })),
        ],
      },
      data,
      el,
    );
    const resize = () => {
      plot.setSize({ width: Math.max(320, el.clientWidth), height: 220 });
    };
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      plot.destroy();
    };
  }, [props.days, props.series, props.unit, props.from, props.to, locale]);
  const xs = daysOf(props.from, props.to);
  const values = seriesValues(xs, props.days, props.series);
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <div ref={host} aria-hidden="true" />
      {/* The numbers the lines draw, for screen readers (and a check that a quiet day reads 0). */}
      <table class="sr-only" data-testid={`chart-${props.title}`}>
        <caption>
          {t("dashboard.chartTable", {
            title: props.title,
            unit: props.unit === undefined ? "" : t("dashboard.chartUnit", { unit: props.unit }),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.day")}</th>
            {props.series.map((s) => (
              <th scope="col">{s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {xs.map((x, i) => (
            <tr data-day={dayOf(x)}>
              <th scope="row">{dayOf(x)}</th>
              {values.map((column) => (
                <td>{cellText(column[i] ?? null, locale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function dayOf(x: number): string {
  return new Date(x * 1000).toISOString().slice(0, 10);
}

/** A day's value in the reader's locale: counts whole, hours to two decimals ("1.50" / "1,50"). */
function cellText(value: number | null, locale: string): string {
  if (value === null) return "—";
  const decimals = Number.isInteger(value) ? 0 : 2;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}
