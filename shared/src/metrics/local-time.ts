/**
 * Local day and hour of the week of an instant in a zone, memoised. Rollups place several facts per
 * event and a backfill places millions; going to Intl each time (what time/'s wallClockAt does)
 * costs ~0.4 ms a call here. Offsets are cached per quarter hour: every IANA transition since 1970
 * falls on a quarter hour, so one reading holds for the whole quarter.
 */
import { formatLocalDate, weekdayIndexOf } from "../time/local-date";
import { loadZone, offsetAt } from "../time/zone";
import { InvalidCalendarError } from "../time/invalid-calendar-error";
import { INTERNAL_LIMITS } from "../limits/internal";

const QUARTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MAX_ENTRIES = INTERNAL_LIMITS.localTimeEntries.value;

const offsets = new Map<string, Map<number, number>>();

function offsetOf(timeZone: string, t: number): number {
  let byQuarter = offsets.get(timeZone);
  if (byQuarter === undefined) {
    byQuarter = new Map();
    offsets.set(timeZone, byQuarter);
  }
  const quarter = Math.floor(t / QUARTER_MS);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    const zone = loadZone(timeZone);
    if (zone === undefined) throw new InvalidCalendarError("errors.zoneUnknown", { zone: timeZone });
    offset = offsetAt(zone, quarter * QUARTER_MS);
    // A bounded memo: a long-running process never grows it without limit.
    if (byQuarter.size >= MAX_ENTRIES) byQuarter.clear();
    byQuarter.set(quarter, offset);
  }
  return offset;
}

export interface LocalSlot {
  /** "YYYY-MM-DD" in the zone. */
  day: string;
  /** 0 = Monday 00:00-01:00 … 167 = Sunday 23:00-24:00, local. */
  hourOfWeek: number;
}

export function localSlotOf(timeZone: string, t: number): LocalSlot {
  if (!Number.isFinite(t)) throw new RangeError(`Instant must be a finite number of ms, got ${t}.`);
  const wall = t + offsetOf(timeZone, t);
  const day = Math.floor(wall / DAY_MS);
  const hour = Math.floor((wall - day * DAY_MS) / HOUR_MS);
  return { day: formatLocalDate(day), hourOfWeek: weekdayIndexOf(day) * 24 + hour };
}
