const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Compact, floored to the minute, two units at most: "42m", "1h 5m", "2h", "3d 2h". Floors so the
 * minute text never runs ahead of the second ticker ("42:10" and "42m" agree). Sign is ignored.
 */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
  return `${minutes}m`;
}

/** The per-second form for a ticking pane: "42:10", "1:02:10"; a day or more falls back to "3d 2h". */
export function formatTicker(ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= DAY) return formatDuration(abs);
  const hours = Math.floor(abs / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  const seconds = Math.floor((abs % MINUTE) / SECOND);
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}

/** Spelled out for cards read at a glance: "42 min", "1 h 5 min", "3 d 2 h", "under 1 min". */
export function formatDurationLong(ms: number): string {
  if (Math.abs(ms) < MINUTE) return "under 1 min";
  return formatDuration(ms)
    .replace(/(\d+)d/, "$1 d")
    .replace(/(\d+)h/, "$1 h")
    .replace(/(\d+)m$/, "$1 min");
}
