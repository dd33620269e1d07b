/**
 * How many local dates in a range the calendar opens on, by arithmetic rather than by walking the
 * days: a summarised stretch of an explain timeline says "ran 212 business days" for any span,
 * decades included, at the cost of the holiday list, never of the span.
 */
import type { BusinessCalendar, Weekday } from "../time";
import { DAY_MS } from "../time/units";

/** Monday-first, as WEEKDAYS; day 0 (1970-01-01) was a Thursday. */
const MONDAY_FIRST: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const weekdayOfDay = (day: number): Weekday => MONDAY_FIRST[(((day + 3) % 7) + 7) % 7] as Weekday;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":");
  return Number(h) * 60 + Number(m);
}

/** Whether a weekday has any window of positive length. */
function opensOn(cal: BusinessCalendar, weekday: Weekday): boolean {
  return (cal.weekly[weekday] ?? []).some(([from, to]) => minutesOf(to) > minutesOf(from));
}

/** "2026-02-03" -> days since 1970-01-01, or null for anything else. */
function dayOfDate(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(ms) ? Math.round(ms / DAY_MS) : null;
}

/** Count of `weekday`s among the days first..last (inclusive). */
function countWeekday(first: number, last: number, weekday: Weekday): number {
  const offset = (MONDAY_FIRST.indexOf(weekday) - MONDAY_FIRST.indexOf(weekdayOfDay(first)) + 7) % 7;
  const firstHit = first + offset;
  return firstHit > last ? 0 : Math.floor((last - firstHit) / 7) + 1;
}

/**
 * Local dates (days since 1970-01-01) in [firstDay, lastDay] on which the calendar has a window and
 * no holiday. A window a DST gap swallows whole still counts its date: the explanation names days,
 * and that date is a business day the way the calendar is written.
 */
export function countBusinessDays(cal: BusinessCalendar, firstDay: number, lastDay: number): number {
  if (lastDay < firstDay) return 0;
  let count = 0;
  for (const weekday of MONDAY_FIRST) {
    if (opensOn(cal, weekday)) count += countWeekday(firstDay, lastDay, weekday);
  }
  const holidays = new Set<number>();
  for (const date of cal.holidays ?? []) {
    const day = dayOfDate(date);
    if (day !== null && day >= firstDay && day <= lastDay && opensOn(cal, weekdayOfDay(day)))
      holidays.add(day);
  }
  return count - holidays.size;
}
