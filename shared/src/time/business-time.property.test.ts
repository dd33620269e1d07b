/**
 * The engine against a brute-force oracle (shared/test/time/oracle.ts: Intl offsets, wall times resolved
 * by definition, business time counted minute by minute), on random calendars within days of DST
 * changes, plus the identities that tie the functions together at millisecond precision.
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
import { scenario } from "../../test/time/arbitraries";
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
