/** How numbers read on the dashboard: durations in the one style of every surface, rates as percentages. */
import { formatDuration as sentenceDuration } from "@baton/shared/time";

/**
 * Durations as every Baton surface writes them ("47 min", "2 h 10 min", "2 d 4 h"); under a minute
 * in seconds ("45 s"), since medians of quick replies are that short. null → "—" (nothing measured).
 */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return "—";
  if (Math.abs(ms) < 1000) return "under 1 s";
  if (Math.abs(ms) < 60_000) return `${Math.floor(Math.abs(ms) / 1000)} s`;
  return sentenceDuration(ms);
}

/**
 * "1 message", "2 messages", "0 conversations": the count and its noun in agreement. English only,
 * as the dashboard is; a shared plural for every surface belongs with the view's sentences.
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${noun(n, one, many)}`;
}

/** The noun alone, where the count is shown apart from it (a card's big figure). */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
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
