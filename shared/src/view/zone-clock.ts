/**
 * Wall clocks in a zone through Intl alone. The sentences here run in a Gmail card's one-file bundle
 * too, where the calendar engine's zone library (luxon, ~70 KB) would more than quadruple its size;
 * Intl reads the same IANA database, so both give the same wall time.
 */

// ZoneWall.weekday is an English id (i18n-exempt below); a reader's weekday comes from intl-names.ts.
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const; // i18n-exempt
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface ZoneWall {
  /** "YYYY-MM-DD". */
  date: string;
  /** The local date as days since 1970-01-01. */
  dayNumber: number;
  /** "Mon".."Sun". */
  weekday: (typeof WEEKDAYS)[number];
  /** "09:05". */
  hhmm: string;
  /** Offset from UTC at this instant, in ms. */
  offsetMs: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // Throws a RangeError for a zone the runtime does not know, as wallClockAt does.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows `timeZone` as an IANA zone (a reader's zone comes from a client). */
export function isKnownZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== "string" || timeZone === "") return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall time at t written as if it were UTC (ms), from which date, time and offset follow. */
function wallMsAt(timeZone: string, t: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(t)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  // Whole seconds of the wall clock; the instant's own milliseconds carry over unchanged.
  const ms = ((t % 1000) + 1000) % 1000;
  return Date.UTC(year, month - 1, day, hour % 24, minute, second) + ms;
}

/** Offset of `timeZone` from UTC at instant t, in ms. */
export function zoneOffsetAt(timeZone: string, t: number): number {
  return wallMsAt(timeZone, t) - t;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** What a clock on the wall in `timeZone` shows at instant t. */
export function zoneWallAt(timeZone: string, t: number): ZoneWall {
  if (!Number.isFinite(t)) throw new RangeError(`Instant must be a finite number of ms, got ${t}.`); // i18n-exempt: a programming error
  const wall = wallMsAt(timeZone, t);
  const dayNumber = Math.floor(wall / DAY_MS);
  const minuteOfDay = Math.floor((wall - dayNumber * DAY_MS) / MINUTE_MS);
  const date = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
  return {
    date,
    dayNumber,
    weekday: WEEKDAYS[new Date(dayNumber * DAY_MS).getUTCDay()] ?? "Sun", // i18n-exempt
    hhmm: `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`,
    offsetMs: wall - t,
  };
}
