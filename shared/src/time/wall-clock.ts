import { formatLocalDate, weekdayOf } from "./local-date";
import type { Weekday } from "./types";
import { InvalidCalendarError } from "./invalid-calendar-error";
import { DAY_MS, MINUTE_MS } from "./units";
import { loadZone, offsetAt } from "./zone";

export interface WallClock {
  /** Local date, "YYYY-MM-DD". */
  date: string;
  /** The local date as days since 1970-01-01, so whole days between two dates are a subtraction. */
  dayNumber: number;
  weekday: Weekday;
  /** Whole minutes since local midnight, 0..1439. */
  minuteOfDay: number;
  /** "09:05". */
  hhmm: string;
}

/** What a clock on the wall in `timeZone` shows at instant t (for explanations and countdowns). */
export function wallClockAt(timeZone: string, t: number): WallClock {
  const zone = loadZone(timeZone);
  if (zone === undefined) throw new InvalidCalendarError("errors.zoneUnknown", { zone: timeZone });
  if (!Number.isFinite(t)) throw new RangeError(`Instant must be a finite number of ms, got ${t}.`);
  const wall = t + offsetAt(zone, t);
  const day = Math.floor(wall / DAY_MS);
  const minuteOfDay = Math.floor((wall - day * DAY_MS) / MINUTE_MS);
  const hhmm = `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
  return { date: formatLocalDate(day), dayNumber: day, weekday: weekdayOf(day), minuteOfDay, hhmm };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
