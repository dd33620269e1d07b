import { WEEKDAY_NAMES, wallClockAt } from "../time";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "../time/units";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A time of day as the team reads it in `timeZone`: "14:30" today, "Tue 09:00" within six days
 * either side (a weekday is unambiguous there), else "12 Mar 09:00" (with the year if it differs).
 */
export function formatWhen(t: number, nowMs: number, timeZone: string): string {
  const at = wallClockAt(timeZone, t);
  const now = wallClockAt(timeZone, nowMs);
  if (at.date === now.date) return at.hhmm;
  if (Math.abs(at.dayNumber - now.dayNumber) <= 6) return `${WEEKDAY_NAMES[at.weekday]} ${at.hhmm}`;
  const [year, month, day] = at.date.split("-");
  const monthName = MONTHS[Number(month) - 1] ?? month;
  const yearPart = year === now.date.slice(0, 4) ? "" : ` ${year}`;
  return `${Number(day)} ${monthName}${yearPart} ${at.hhmm}`;
}

/** How long ago, for notes: "just now", "5m ago", "3h ago", then the time itself ("Tue 09:00"). */
export function formatAgo(t: number, nowMs: number, timeZone: string): string {
  const elapsed = nowMs - t;
  // A timestamp slightly ahead of this clock (skew between devices) is still "just now".
  if (elapsed < MINUTE_MS) return "just now";
  if (elapsed < HOUR_MS) return `${Math.floor(elapsed / MINUTE_MS)}m ago`;
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / HOUR_MS)}h ago`;
  return formatWhen(t, nowMs, timeZone);
}
