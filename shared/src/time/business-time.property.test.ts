/**
 * The engine against a brute-force oracle (shared/test/time/oracle.ts: Intl offsets, wall times resolved
 * by definition, business time counted minute by minute), on random calendars within days of DST
 * changes, plus the identities that tie the functions together at millisecond precision; and, for
 * spans up to a century and instants from year 0001 to 9999, against the engine's former week-by-week
 * walk (shared/test/time/block-walk.ts).
 */
import fc from "fast-check";
import {
  addBusinessTime,
  businessIntervalsBetween,
  businessTimeBetween,
  isBusinessInstant,
  nextBusinessInstant,
  nextClosing,
} from "./business-time";
import type { BusinessCalendar } from "./types";
import { scenario } from "../../test/time/arbitraries";
import { blockWalk, type BlockWalk } from "../../test/time/block-walk";
import { makeOracle } from "../../test/time/oracle";

const MIN = 60_000;
const DAY = 86_400_000;
const RUNS = { numRuns: 200 };

/** Minute offsets from the anchor: up to 3 days either side. */
const minutes = fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 });
const ms = fc.integer({ min: -3 * DAY, max: 3 * DAY });

describe("business time against the minute-stepping oracle", () => {
  it("businessTimeBetween equals the oracle's count", () => {
    fc.assert(
      fc.property(scenario, minutes, minutes, ({ cal, anchor }, a, b) => {
        const oracle = makeOracle(cal, anchor - 4 * DAY, anchor + 4 * DAY);
        const from = anchor + a * MIN;
        const to = anchor + b * MIN;
        expect(businessTimeBetween(cal, from, to)).toBe(to > from ? oracle.between(from, to) : 0);
      }),
      RUNS,
    );
  });

  it("addBusinessTime equals the oracle's latest instant", () => {
    // The duration is what the oracle counts up to a random later instant, so it is always reachable
    // within the oracle's range, however sparse the calendar.
    fc.assert(
      fc.property(scenario, minutes, fc.integer({ min: 0, max: 4 * 24 * 60 }), ({ cal, anchor }, a, b) => {
        const oracle = makeOracle(cal, anchor - 4 * DAY, anchor + 30 * DAY);
        const start = anchor + a * MIN;
        const d = oracle.between(start, start + b * MIN);
        expect(addBusinessTime(cal, start, d)).toBe(oracle.add(start, d));
      }),
      RUNS,
    );
  });

  it("isBusinessInstant, nextBusinessInstant, nextClosing and businessIntervalsBetween agree with the oracle", () => {
    fc.assert(
      fc.property(scenario, minutes, ({ cal, anchor }, a) => {
        const oracle = makeOracle(cal, anchor - 4 * DAY, anchor + 30 * DAY);
        const t = anchor + a * MIN;
        expect(isBusinessInstant(cal, t)).toBe(oracle.isBusiness(t));
        expect(nextBusinessInstant(cal, t)).toBe(oracle.next(t));
        const intervals = businessIntervalsBetween(cal, t, t + DAY);
        // Merged: disjoint, not touching, each made of business minutes and bounded by closed ones.
        for (const [x, y] of intervals) {
          expect(y).toBeGreaterThan(x);
          expect(oracle.isBusiness(x) && oracle.isBusiness(y - MIN)).toBe(true);
          if (x > t) expect(oracle.isBusiness(x - MIN)).toBe(false);
          if (y < t + DAY) expect(oracle.isBusiness(y)).toBe(false);
        }
        const total = intervals.reduce((sum, [x, y]) => sum + y - x, 0);
        expect(total).toBe(oracle.between(t, t + DAY));
        // The stretch holding t ends at the first closed minute within the day searched.
        let closing: number | null = null;
        for (let m = t; m < t + DAY && closing === null; m += MIN) if (!oracle.isBusiness(m)) closing = m;
        expect(nextClosing(cal, t, t + DAY)).toBe(closing);
      }),
      RUNS,
    );
  });
});

describe("identities at millisecond precision", () => {
  it("businessTimeBetween(s, addBusinessTime(s, d)) === d, and the due instant is business time", () => {
    fc.assert(
      fc.property(scenario, ms, fc.integer({ min: 0, max: 5 * DAY }), ({ cal, anchor }, a, d) => {
        const start = anchor + a;
        const due = addBusinessTime(cal, start, d);
        expect(businessTimeBetween(cal, start, due)).toBe(d);
        expect(isBusinessInstant(cal, due)).toBe(true);
        // Latest: one ms later, one more ms has been used.
        expect(businessTimeBetween(cal, start, due + 1)).toBe(d + 1);
      }),
      { numRuns: 400 },
    );
  });

  it("addBusinessTime is monotone in start and in duration", () => {
    fc.assert(
      fc.property(scenario, ms, ms, fc.nat(2 * DAY), fc.nat(2 * DAY), ({ cal, anchor }, a, b, d1, d2) => {
        const [s1, s2] = a <= b ? [anchor + a, anchor + b] : [anchor + b, anchor + a];
        const [e1, e2] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(addBusinessTime(cal, s1, e1)).toBeLessThanOrEqual(addBusinessTime(cal, s2, e1));
        expect(addBusinessTime(cal, s1, e1)).toBeLessThanOrEqual(addBusinessTime(cal, s1, e2));
      }),
      { numRuns: 400 },
    );
  });

  it("businessTimeBetween is additive over a split point", () => {
    fc.assert(
      fc.property(scenario, fc.array(ms, { minLength: 3, maxLength: 3 }), ({ cal, anchor }, points) => {
        const [a, b, c] = points.map((p) => anchor + p).sort((x, y) => x - y) as [number, number, number];
        expect(businessTimeBetween(cal, a, c)).toBe(
          businessTimeBetween(cal, a, b) + businessTimeBetween(cal, b, c),
        );
      }),
      { numRuns: 400 },
    );
  });

  it("adding in two steps equals adding at once", () => {
    fc.assert(
      fc.property(scenario, ms, fc.nat(2 * DAY), fc.nat(2 * DAY), ({ cal, anchor }, a, d1, d2) => {
        const start = anchor + a;
        expect(addBusinessTime(cal, addBusinessTime(cal, start, d1), d2)).toBe(
          addBusinessTime(cal, start, d1 + d2),
        );
      }),
      { numRuns: 400 },
    );
  });
});

describe("long spans against the week-by-week block walk (issue 12)", () => {
  const YEAR_ONE = new Date(0).setUTCFullYear(1, 0, 1);
  // Holidays are written "YYYY-MM-DD": spans start early enough that theirs fit in year 9999.
  const YEAR_9999 = Date.UTC(9998, 11, 1);
  const FROM = Date.UTC(1926, 0, 1);
  const TO = Date.UTC(2026, 0, 1);
  const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
  /** Holidays every year of the century: fixed dates plus some within days of the offset changes. */
  const yearly = (mds: string[]): string[] =>
    Array.from({ length: 101 }, (_, i) => mds.map((md) => `${1926 + i}-${md}`)).flat();
  const nineToFive: Array<[string, string]> = [["09:00", "17:00"]];
  const allDay: Array<[string, string]> = [["00:00", "24:00"]];
  // Fixed calendars, so the walk builds a century of blocks once for all runs (5,200 per calendar).
  const centuryCalendars: BusinessCalendar[] = [
    {
      timeZone: "Europe/Amsterdam",
      weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
      holidays: yearly([
        "01-01",
        "03-27",
        "03-30",
        "04-27",
        "05-05",
        "08-15",
        "10-26",
        "10-28",
        "12-25",
        "12-26",
      ]),
    },
    {
      timeZone: "America/Sao_Paulo",
      weekly: {
        sat: [["22:00", "24:00"]],
        sun: [["00:00", "03:00"]],
        mon: [
          ["08:30", "12:00"],
          ["13:00", "18:15"],
        ],
      },
      holidays: yearly(["01-01", "02-20", "04-21", "10-15", "11-02", "11-05", "12-25"]),
    },
    {
      timeZone: "Australia/Lord_Howe",
      weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: [["00:00", "02:30"]] },
      holidays: yearly(["01-26", "04-05", "10-04", "10-06", "12-25"]),
    },
  ];
  const walks = centuryCalendars.map(blockWalk);
  const inCentury = fc.integer({ min: FROM, max: TO });

  it("businessTimeBetween, addBusinessTime, nextBusinessInstant and nextClosing over up to 100 years", () => {
    fc.assert(
      fc.property(fc.nat(centuryCalendars.length - 1), inCentury, inCentury, (i, a, b) => {
        const cal = centuryCalendars[i] as BusinessCalendar;
        const walk = walks[i] as BlockWalk;
        const [from, to] = a <= b ? [a, b] : [b, a];
        const used = businessTimeBetween(cal, from, to);
        expect(used).toBe(walk.between(from, to));
        expect(addBusinessTime(cal, from, used)).toBe(walk.add(from, used));
        expect(nextBusinessInstant(cal, from)).toBe(walk.next(from));
        expect(nextClosing(cal, from, to)).toBe(walk.nextClosing(from, to));
      }),
      { numRuns: 60 },
    );
  });

  it("businessIntervalsBetween over up to 100 years", () => {
    fc.assert(
      fc.property(fc.nat(centuryCalendars.length - 1), inCentury, inCentury, (i, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const cal = centuryCalendars[i] as BusinessCalendar;
        expect(businessIntervalsBetween(cal, from, to)).toEqual((walks[i] as BlockWalk).intervals(from, to));
      }),
      { numRuns: 6 },
    );
  });

  it("random calendars anywhere from year 0001 to 9999, spans up to a year", () => {
    const far = fc
      .record({
        base: scenario,
        anchor: fc.integer({ min: YEAR_ONE, max: YEAR_9999 }),
        holidayDays: fc.uniqueArray(fc.integer({ min: -10, max: 380 }), { maxLength: 12 }),
        a: fc.integer({ min: 0, max: 370 * DAY }),
        b: fc.integer({ min: 0, max: 370 * DAY }),
      })
      .map(({ base, anchor, holidayDays, a, b }) => ({
        cal: { ...base.cal, holidays: holidayDays.map((d) => iso(anchor + d * DAY)) },
        from: anchor + Math.min(a, b),
        to: anchor + Math.max(a, b),
      }));
    fc.assert(
      fc.property(far, ({ cal, from, to }) => {
        const walk = blockWalk(cal);
        const used = businessTimeBetween(cal, from, to);
        expect(used).toBe(walk.between(from, to));
        expect(addBusinessTime(cal, from, used)).toBe(walk.add(from, used));
        expect(nextClosing(cal, from, to)).toBe(walk.nextClosing(from, to));
        expect(businessIntervalsBetween(cal, from, to)).toEqual(walk.intervals(from, to));
      }),
      { numRuns: 60 },
    );
  });

  it("businessTimeBetween is additive from year 0001 to 9999", () => {
    fc.assert(
      fc.property(
        fc.nat(centuryCalendars.length - 1),
        fc.array(fc.integer({ min: YEAR_ONE, max: YEAR_9999 }), { minLength: 3, maxLength: 3 }),
        (i, points) => {
          const cal = centuryCalendars[i] as BusinessCalendar;
          const [a, b, c] = [...points].sort((x, y) => x - y) as [number, number, number];
          expect(businessTimeBetween(cal, a, c)).toBe(
            businessTimeBetween(cal, a, b) + businessTimeBetween(cal, b, c),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
