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

/** One uPlot line chart of per-day values, sized to its container and redrawn when data changes. */
export function DailyChart(props: {
  title: string;
  days: readonly DayMetrics[];
  series: Series[];
  unit?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (el === null) return;
    const data: uPlot.AlignedData = [
      props.days.map((d) => xOf(d.day)),
      ...props.series.map((s) => props.days.map((d) => s.value(d))),
    ];
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: 220,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "UTC"),
        scales: { x: { time: true } },
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
  }, [props.days, props.series, props.unit]);
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <div ref={host} role="img" aria-label={`${props.title}, one point per day`} />
    </figure>
  );
}
