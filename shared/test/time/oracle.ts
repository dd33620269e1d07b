/**
 * Brute-force business time for tests: offsets straight from Intl (not luxon), wall times resolved
 * by searching every minute of a window for a matching wall clock, business time counted minute by
 * minute. Slow and obviously right; only minute-aligned inputs.
 */
import type { BusinessCalendar, Weekday } from "../../src/time/types";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WEEKDAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]; // Date#getUTCDay order

interface Piece {
  from: number;
  to: number;
  offset: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** UTC offset in ms at instant t, read from Intl's wall clock. */
export function intlOffset(timeZone: string, t: number): number {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  const p = new Map<string, number>();
  for (const part of f.formatToParts(t)) p.set(part.type, Number(part.value));
  const get = (type: string): number => p.get(type) ?? Number.NaN;
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(t / 1000) * 1000;
}

/**
 * Constant-offset pieces covering [lo, hi), transitions found to the minute. Probes every 6 hours:
 * no zone tested here changes its offset twice within 6 hours.
 */
export function offsetPieces(timeZone: string, lo: number, hi: number): Piece[] {
  const pieces: Piece[] = [];
  let from = lo;
  let offset = intlOffset(timeZone, lo);
  for (let t = lo; t < hi; t += 6 * HOUR) {
    const next = Math.min(t + 6 * HOUR, hi);
    if (intlOffset(timeZone, next) === offset) continue;
    let a = t; // offset(a) === offset
    let b = next; // offset(b) !== offset
    while (b - a > MIN) {
      const mid = a + Math.floor((b - a) / 2 / MIN) * MIN;
      if (intlOffset(timeZone, mid) === offset) a = mid;
      else b = mid;
    }
    pieces.push({ from, to: b, offset });
    from = b;
    offset = intlOffset(timeZone, b);
  }
  pieces.push({ from, to: hi, offset });
  return pieces;
}

/** Instant of wall time `wall` (local time written as UTC ms): earliest match, else offset before the gap. */
function resolveByDefinition(pieces: Piece[], wall: number): number {
  for (const p of pieces) {
    const t = wall - p.offset;
    if (t >= p.from && t < p.to) return t; // pieces are in time order: the first match is the earliest
  }
  for (let i = 0; i + 1 < pieces.length; i++) {
    const before = pieces[i] as Piece;
    const after = pieces[i + 1] as Piece;
    if (before.to + before.offset <= wall && wall < after.from + after.offset) return wall - before.offset;
  }
  throw new Error(`oracle: wall time ${new Date(wall).toISOString()} outside its range`);
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

export interface Oracle {
  intervals: Array<[number, number]>;
  isBusiness(t: number): boolean;
  between(from: number, to: number): number;
  add(start: number, duration: number): number;
  next(t: number): number;
}

/** Offsets of 2014-2028 per zone, computed once: the tests draw instants from 2015-2026. */
const RANGE_LO = Date.UTC(2014, 0, 1);
const RANGE_HI = Date.UTC(2028, 0, 1);
const piecesByZone = new Map<string, Piece[]>();
function piecesOf(timeZone: string): Piece[] {
  let pieces = piecesByZone.get(timeZone);
  if (pieces === undefined) {
    pieces = offsetPieces(timeZone, RANGE_LO, RANGE_HI);
    piecesByZone.set(timeZone, pieces);
  }
  return pieces;
}

/** An oracle valid for minute-aligned instants in [lo, hi), within 2014-2027. */
export function makeOracle(cal: BusinessCalendar, lo: number, hi: number): Oracle {
  if (lo - 4 * DAY < RANGE_LO || hi + 4 * DAY > RANGE_HI) throw new Error("oracle: range outside 2014-2027");
  const all = piecesOf(cal.timeZone);
  const pieces = all.filter((p) => p.to > lo - 4 * DAY && p.from < hi + 4 * DAY);
  const holidays = new Set(cal.holidays ?? []);
  const intervals: Array<[number, number]> = [];
  for (let day = Math.floor(lo / DAY) - 2; day <= Math.floor(hi / DAY) + 2; day++) {
    const date = new Date(day * DAY);
    if (holidays.has(date.toISOString().slice(0, 10))) continue;
    for (const [a, b] of cal.weekly[WEEKDAYS[date.getUTCDay()] as Weekday] ?? []) {
      const start = resolveByDefinition(pieces, day * DAY + minutesOf(a) * MIN);
      const end = resolveByDefinition(pieces, day * DAY + minutesOf(b) * MIN);
      if (end > start) intervals.push([start, end]);
    }
  }
  const isBusiness = (t: number): boolean => intervals.some(([a, b]) => a <= t && t < b);
  const inRange = (t: number): void => {
    if (t < lo || t > hi) throw new Error("oracle: instant outside its range");
  };
  return {
    intervals,
    isBusiness,
    between(from, to) {
      inRange(from);
      inRange(to);
      let sum = 0;
      for (let t = from; t < to; t += MIN) if (isBusiness(t)) sum += MIN;
      return sum;
    },
    add(start, duration) {
      let t = start;
      for (let used = 0; used < duration; t += MIN) {
        inRange(t);
        if (isBusiness(t)) used += MIN;
      }
      while (!isBusiness(t)) {
        t += MIN;
        inRange(t);
      }
      return t;
    },
    next(t) {
      while (!isBusiness(t)) {
        t += MIN;
        inRange(t);
      }
      return t;
    },
  };
}
