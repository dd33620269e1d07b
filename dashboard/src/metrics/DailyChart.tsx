import type { DayMetrics } from "@baton/shared";
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";

export interface Series {
  label: string;
  value: (day: DayMetrics) => number | null;
  /** A CSS custom property holding the colour, so dark mode recolours the chart. */
  colorVar: string;
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

/** Midnight UTC of a local date as uPlot's x (seconds); the axis then labels days. */
function xOf(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

const DAY_S = 86_400;

/** Every day of [from, to] (at most a year), so days without activity show as gaps, not as nothing. */
export function daysOf(from: string, to: string): number[] {
  const out: number[] = [];
  for (let x = xOf(from); x <= xOf(to) && out.length < 366; x += DAY_S) out.push(x);
  return out;
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
  useEffect(() => {
    const el = host.current;
    if (el === null) return;
    const xs = daysOf(props.from, props.to);
    const byX = new Map(props.days.map((d) => [xOf(d.day), d]));
    const data: uPlot.AlignedData = [
      xs,
      ...props.series.map((s) =>
        xs.map((x) => {
          const day = byX.get(x);
          return day === undefined ? null : s.value(day);
        }),
      ),
    ];
    const first = xs[0] ?? 0;
    const last = xs[xs.length - 1] ?? first;
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: 220,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "UTC"),
        // A single day still gets a day-wide axis instead of uPlot's guess.
        scales: { x: { time: true, range: (): [number, number] => [first - DAY_S / 2, last + DAY_S / 2] } },
        axes: [
          { stroke: cssVar("--fg-muted"), grid: { stroke: cssVar("--grid") } },
          { stroke: cssVar("--fg-muted"), grid: { stroke: cssVar("--grid") }, label: props.unit ?? "" },
        ],
        series: [
          {},
          ...props.series.map((s) => ({
            label: s.label,
            stroke: cssVar(s.colorVar),
            width: 2,
            points: { show: true },
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
  }, [props.days, props.series, props.unit, props.from, props.to]);
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <div ref={host} role="img" aria-label={`${props.title}, one point per day`} />
    </figure>
  );
}
