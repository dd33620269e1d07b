import { wallClockAt } from "../time";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAY_NAMES = { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" };

/** Whole local days from date a to date b ("YYYY-MM-DD"), via UTC so no zone enters twice. */
function daysBetween(a: string, b: string): number {
  const toDay = (date: string) => {
    const [y, m, d] = date.split("-").map(Number);
    return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
  };
  return toDay(b) - toDay(a);
}

/**
 * A time of day as the team reads it in `timeZone`: "14:30" today, "Tue 09:00" within six days
 * either side (a weekday is unambiguous there), else "12 Mar 09:00" (with the year if it differs).
 */
export function formatWhen(t: number, nowMs: number, timeZone: string): string {
  const at = wallClockAt(timeZone, t);
  const now = wallClockAt(timeZone, nowMs);
  if (at.date === now.date) return at.hhmm;
  if (Math.abs(daysBetween(now.date, at.date)) <= 6) return `${WEEKDAY_NAMES[at.weekday]} ${at.hhmm}`;
  const [year, month, day] = at.date.split("-");
  const monthName = MONTHS[Number(month) - 1] ?? month;
  const yearPart = year === now.date.slice(0, 4) ? "" : ` ${year}`;
  return `${Number(day)} ${monthName}${yearPart} ${at.hhmm}`;
}

/** How long ago, for notes: "just now", "5m ago", "3h ago", then the time itself ("Tue 09:00"). */
export function formatAgo(t: number, nowMs: number, timeZone: string): string {
  const elapsed = nowMs - t;
  // A timestamp slightly ahead of this clock (skew between devices) is still "just now".
  if (elapsed < 60_000) return "just now";
  if (elapsed < 3_600_000) return `${Math.floor(elapsed / 60_000)}m ago`;
  if (elapsed < 86_400_000) return `${Math.floor(elapsed / 3_600_000)}h ago`;
  return formatWhen(t, nowMs, timeZone);
}
