/** How numbers read on the dashboard: durations in the largest two units, rates as percentages. */

const UNITS: Array<[string, number]> = [
  ["d", 86_400_000],
  ["h", 3_600_000],
  ["m", 60_000],
  ["s", 1000],
];

/** 93_000 → "1m 33s", 7_500_000 → "2h 5m"; null → "—" (nothing to measure). */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return "—";
  if (ms < 1000) return "< 1s";
  const parts: string[] = [];
  let rest = Math.round(ms / 1000) * 1000;
  for (const [unit, size] of UNITS) {
    if (parts.length === 2) break;
    const n = Math.floor(rest / size);
    if (n > 0 || parts.length > 0) {
      if (n > 0) parts.push(`${n}${unit}`);
      rest -= n * size;
    }
  }
  return parts.join(" ");
}

export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${(rate * 100).toFixed(1)}%`;
}

export function agentLabel(agent: string): string {
  return agent === "_unassigned" ? "Unassigned" : agent;
}

/** 0 (none) … 5 (the busiest hour) for the heatmap's colour steps. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 5));
}

/** "YYYY-MM-DD" of an instant in the browser's zone, for date inputs. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The last `days` days up to today, inclusive. */
export function lastDays(nowMs: number, days: number): { from: string; to: string } {
  return { from: isoDay(nowMs - (days - 1) * 86_400_000), to: isoDay(nowMs) };
}
