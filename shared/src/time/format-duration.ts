import type { Translator } from "../i18n/translator";
import { englishTranslator } from "../view/english";
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from "./units";

export interface DurationFormat {
  /**
   * "h" for business time: a "day" of business time would read as a business day (8 h on most
   * calendars) while meaning 24 h, so business amounts stay in hours ("40 h"). Default "d".
   */
  largest?: "d" | "h";
  /**
   * Add seconds, for a surface that re-renders every second: "47 min 11 s". Spelled with units so
   * it never reads as minutes or hours the way "47:11" did. Durations of a day or more stay "2 d 4 h".
   */
  seconds?: boolean;
}

/**
 * The one duration style every sentence uses: "47 min", "6 h 23 min", "2 d 4 h", "40 h", floored
 * and at most two units (three with seconds: "1 h 2 min 10 s"). Floors so the text never runs ahead
 * of the clock it describes ("under 1 min" for a few seconds, "0 min" for none). Sign is ignored:
 * callers say "ago" or "left".
 */
export function formatDuration(
  ms: number,
  format: DurationFormat = {},
  t: Translator = englishTranslator(),
): string {
  const abs = Math.abs(ms);
  const days = format.largest === "h" ? 0 : Math.floor(abs / DAY_MS);
  const hours = Math.floor((abs - days * DAY_MS) / HOUR_MS);
  const minutes = Math.floor((abs % HOUR_MS) / MINUTE_MS);
  const seconds = Math.floor((abs % MINUTE_MS) / SECOND_MS);
  // Each unit from the catalogue ("6 h" / "6 u"), joined by a space in every language Baton speaks.
  const d = (n: number) => t.t("view.durDays", { n });
  const h = (n: number) => t.t("view.durHours", { n });
  const min = (n: number) => t.t("view.durMinutes", { n });
  if (days > 0) return hours > 0 ? `${d(days)} ${h(hours)}` : d(days);
  if (format.seconds === true) {
    const parts = [hours > 0 ? h(hours) : "", hours > 0 || minutes > 0 ? min(minutes) : ""];
    return [...parts.filter((part) => part !== ""), t.t("view.durSeconds", { n: seconds })].join(" ");
  }
  if (hours > 0) return minutes > 0 ? `${h(hours)} ${min(minutes)}` : h(hours);
  if (minutes > 0) return min(minutes);
  return abs > 0 ? t.t("view.durUnderMinute") : min(0);
}

/** The per-second form for a ticking pane: "47 min 11 s", "1 h 2 min 10 s"; a day or more "3 d 2 h". */
export function formatTicker(ms: number, t: Translator = englishTranslator()): string {
  return formatDuration(ms, { seconds: true }, t);
}

const UNIT_MS: Readonly<Record<string, number>> = { d: DAY_MS, h: HOUR_MS, min: MINUTE_MS, s: SECOND_MS };

/**
 * The inverse of formatDuration, for forms that take a duration as typed ("6 h 23 min", "2 d",
 * "90 min"): milliseconds, or null when the text is not a sequence of "<number> <unit>" pairs with
 * units d, h, min, s (each once, largest first). formatDuration(parseDuration(t)) gives back t for
 * every t formatDuration writes.
 */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "0 min") return 0;
  const pairs = [...trimmed.matchAll(/(\d+)\s*(d|h|min|s)(?=\s|$)/g)];
  const rebuilt = pairs.map((pair) => pair[0]).join(" ");
  if (pairs.length === 0 || rebuilt.replace(/\s+/g, "") !== trimmed.replace(/\s+/g, "")) return null;
  let total = 0;
  let previous = Infinity;
  for (const [, amount, unit] of pairs) {
    const size = UNIT_MS[unit ?? ""] ?? 0;
    if (size >= previous) return null;
    previous = size;
    total += Number(amount) * size;
  }
  return total;
}
