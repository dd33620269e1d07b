/**
 * How numbers read on the dashboard, in the reader's language and locale (issue 18): durations in
 * the one style of every surface ("2 h 10 min" / "2 u 10 min"), counts and rates through Intl
 * ("1,234" / "1.234", "93.5%" / "93,5%").
 */
import type { Translator } from "@baton/shared/i18n";
import { formatDuration as sentenceDuration } from "@baton/shared/time";

/**
 * Durations as every Baton surface writes them ("47 min", "2 h 10 min", "2 d 4 h"); under a minute
 * in seconds ("45 s"), since medians of quick replies are that short. null → "—" (nothing measured).
 */
export function formatDuration(ms: number | null, t: Translator): string {
  if (ms === null || !Number.isFinite(ms)) return "—";
  if (Math.abs(ms) < 1000) return t.t("dashboard.durUnderSecond");
  if (Math.abs(ms) < 60_000) return t.t("dashboard.durSeconds", { n: Math.floor(Math.abs(ms) / 1000) });
  return sentenceDuration(ms, {}, t);
}

/** A count in the reader's locale: "50,000" in English, "50.000" in Dutch. */
export function formatCount(n: number, t: Translator): string {
  return new Intl.NumberFormat(t.locale).format(n);
}

/** A number with one decimal ("4.3" / "4,3"), e.g. an average rating. */
export function formatDecimal(n: number, t: Translator): string {
  return new Intl.NumberFormat(t.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

/** A rate with one decimal ("93.5%" / "93,5%"); no rate → "—" rather than 0%. */
export function formatRate(rate: number | null, t: Translator): string {
  if (rate === null) return "—";
  return new Intl.NumberFormat(t.locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);
}

export function agentLabel(agent: string, t: Translator): string {
  return agent === "_unassigned" ? t.t("dashboard.unassignedRow") : agent;
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
