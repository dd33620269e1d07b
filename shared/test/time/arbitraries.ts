/**
 * fast-check generators for calendars and instants near DST transitions, in the zones whose rules
 * are oddest: 30-minute DST, +05:45, changes at local midnight.
 */
import fc from "fast-check";
import type { BusinessCalendar, Weekday } from "../../src/time/types";
import { offsetPieces } from "./oracle";

const MIN = 60_000;
const DAY = 86_400_000;

export const ZONES = [
  "Europe/Amsterdam",
  "America/New_York",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "America/Santiago",
  "America/Sao_Paulo",
] as const;

const DAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** Offset changes of a zone in 2015-2027 (Kathmandu has none: then plain instants of those years). */
const transitionCache = new Map<string, number[]>();
export function transitionsOf(zone: string): number[] {
  let found = transitionCache.get(zone);
  if (found === undefined) {
    const pieces = offsetPieces(zone, Date.UTC(2015, 0, 1), Date.UTC(2026, 6, 1));
    found = pieces.slice(1).map((p) => p.from);
    if (found.length === 0) found = Array.from({ length: 24 }, (_, i) => Date.UTC(2015, i * 6, 1));
    transitionCache.set(zone, found);
  }
  return found;
}

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** Non-overlapping windows of one day, edges on a 15-minute grid (DST edges sit on it), "24:00" allowed. */
const dayWindows = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 6 })
  .map((edges) => {
    const sorted = [...edges].sort((a, b) => a - b);
    const windows: Array<[string, string]> = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      windows.push([hhmm((sorted[i] as number) * 15), hhmm((sorted[i + 1] as number) * 15)]);
    }
    return windows;
  });

/** Dense night windows make DST nights matter; a generic office day keeps the common case common. */
const anyDay = fc.oneof(
  dayWindows,
  fc.constant<Array<[string, string]>>([["09:00", "17:00"]]),
  fc.constant<Array<[string, string]>>([["00:00", "03:00"]]),
  fc.constant<Array<[string, string]>>([["22:00", "24:00"]]),
  fc.constant<Array<[string, string]>>([["00:00", "24:00"]]),
  fc.constant<Array<[string, string]>>([]),
);

export interface Scenario {
  cal: BusinessCalendar;
  /** Minute-aligned instant within a few days of an offset change. */
  anchor: number;
}

export const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    week: fc.tuple(anyDay, anyDay, anyDay, anyDay, anyDay, anyDay, anyDay),
    transitionPick: fc.nat(),
    shiftMinutes: fc.integer({ min: -4 * 24 * 60, max: 4 * 24 * 60 }),
    holidayShifts: fc.uniqueArray(fc.integer({ min: -6, max: 12 }), { maxLength: 3 }),
  })
  .filter(({ week }) => week.some((w) => w.length > 0))
  .map(({ zone, week, transitionPick, shiftMinutes, holidayShifts }) => {
    const transitions = transitionsOf(zone);
    const transition = transitions[transitionPick % transitions.length] as number;
    const anchor = Math.floor(transition / MIN) * MIN + shiftMinutes * MIN;
    const weekly: BusinessCalendar["weekly"] = {};
    week.forEach((windows, i) => {
      if (windows.length > 0) weekly[DAYS[i] as Weekday] = windows;
    });
    const holidays = holidayShifts.map((d) => new Date(anchor + d * DAY).toISOString().slice(0, 10));
    return { cal: { timeZone: zone, weekly, holidays }, anchor };
  });
