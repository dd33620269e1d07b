import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from "./units";

export interface DurationFormat {
  /**
   * "h" for business time: a "day" of business time would read as a business day (8 h on most
   * calendars) while meaning 24 h, so business amounts stay in hours ("40h"). Default "d".
   */
  largest?: "d" | "h";
}

/**
 * Compact, floored to the minute, two units at most: "42m", "1h 5m", "2h", "3d 2h"; "<1m" for a few
 * seconds and "0m" for none. Floors so the minute text never runs ahead of the second ticker ("42:10"
 * and "42m" agree). Sign is ignored: callers say "ago" or "left".
 */
export function formatDuration(ms: number, format: DurationFormat = {}): string {
  const abs = Math.abs(ms);
  const days = format.largest === "h" ? 0 : Math.floor(abs / DAY_MS);
  const hours = Math.floor((abs - days * DAY_MS) / HOUR_MS);
  const minutes = Math.floor((abs % HOUR_MS) / MINUTE_MS);
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
  if (minutes > 0) return `${minutes}m`;
  return abs > 0 ? "<1m" : "0m";
}

/** The per-second form for a ticking pane: "42:10", "1:02:10"; a day or more falls back to "3d 2h". */
export function formatTicker(ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= DAY_MS) return formatDuration(abs);
  const hours = Math.floor(abs / HOUR_MS);
  const minutes = Math.floor((abs % HOUR_MS) / MINUTE_MS);
  const seconds = Math.floor((abs % MINUTE_MS) / SECOND_MS);
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}

/** Spelled out for cards read at a glance: "42 min", "1 h 5 min", "3 d 2 h", "under 1 min". */
export function formatDurationLong(ms: number, format: DurationFormat = {}): string {
  if (Math.abs(ms) < MINUTE_MS) return "under 1 min";
  return formatDuration(ms, format)
    .replace(/(\d+)d/, "$1 d")
    .replace(/(\d+)h/, "$1 h")
    .replace(/(\d+)m$/, "$1 min");
}
