/**
 * Long spans cost O(chunks), not O(weeks) (issue 12: a message dated 0100-01-01 held a worker for a
 * minute). Pinned by counting blocks built from first principles rather than by timing: walking a
 * century week by week builds 5,200 of them.
 */
import {
  addBusinessTime,
  businessIntervalsBetween,
  businessTimeBetween,
  nextBusinessInstant,
  nextClosing,
} from "./business-time";
import { compileCalendar } from "./compiled-calendar";
import type { BusinessCalendar } from "./types";

const H = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 12, 0);
const CENTURY_AGO = Date.UTC(1926, 10, 23, 12, 0);
const YEAR_ONE = new Date(0).setUTCFullYear(1, 0, 1);
const nineToFive: Array<[string, string]> = [["09:00", "17:00"]];
const allDay: Array<[string, string]> = [["00:00", "24:00"]];

/** Ten holidays a year, 1926-2026, some of them next to the March and October offset changes. */
function holidays(): string[] {
  const out: string[] = [];
  for (let y = 1926; y <= 2026; y++) {
    for (const md of [
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
    ]) {
      out.push(`${y}-${md}`);
    }
  }
  return out;
}

const office = (): BusinessCalendar => ({
  timeZone: "Europe/Amsterdam",
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  holidays: holidays(),
});

describe("a century of business time builds few blocks", () => {
  it("businessTimeBetween and addBusinessTime over 100 years", () => {
    const cal = office();
    const compiled = compileCalendar(cal);
    const used = businessTimeBetween(cal, CENTURY_AGO, NOW);
    // 5,218 weeks x 40 h less about 1,000 holidays: 734,000-ish hours.
    expect(used / H).toBeGreaterThan(200_000);
    expect(addBusinessTime(cal, CENTURY_AGO, used)).toBe(nextBusinessInstant(cal, NOW));
    // A few shapes per rule of the zone, plus the weeks with a holiday next to an offset change.
    expect(compiled.blocksBuilt).toBeLessThan(400);
  });

  it("year 0001 to now: the centuries before any offset change are one step", () => {
    const cal = office();
    const compiled = compileCalendar(cal);
    const fromYearOne = businessTimeBetween(cal, YEAR_ONE, NOW);
    // Split at 1800 (before it, every week holds exactly 40 h: no holidays, no offset change).
    const at1800 = Date.UTC(1800, 0, 2); // a Thursday, a block edge
    const thursday = YEAR_ONE + 3 * 24 * H; // 0001-01-01 was a Monday
    expect(businessTimeBetween(cal, YEAR_ONE, at1800) + businessTimeBetween(cal, at1800, NOW)).toBe(
      fromYearOne,
    );
    expect(businessTimeBetween(cal, thursday, at1800)).toBe(((at1800 - thursday) / (7 * 24 * H)) * 40 * H);
    expect(addBusinessTime(cal, YEAR_ONE, fromYearOne)).toBe(nextBusinessInstant(cal, NOW));
    expect(compiled.blocksBuilt).toBeLessThan(400);
  });

  it("a calendar open all week: nextClosing and the intervals of two millennia", () => {
    const always: BusinessCalendar = {
      timeZone: "Etc/UTC",
      weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
    };
    expect(nextClosing(always, YEAR_ONE, NOW)).toBeNull();
    expect(businessIntervalsBetween(always, YEAR_ONE, NOW)).toEqual([[YEAR_ONE, NOW]]);
    expect(compileCalendar(always).blocksBuilt).toBeLessThan(10);
  });

  it("intervals over a century cost what they return; maxIntervals stops early", () => {
    const cal = office();
    const intervals = businessIntervalsBetween(cal, CENTURY_AGO, NOW);
    // One interval per open weekday: about 5 x 5,218 weeks less the holidays.
    expect(intervals.length).toBeGreaterThan(24_000);
    expect(intervals.reduce((sum, [a, b]) => sum + b - a, 0)).toBe(
      businessTimeBetween(cal, CENTURY_AGO, NOW),
    );
    expect(businessIntervalsBetween(cal, CENTURY_AGO, NOW, 3)).toEqual(intervals.slice(0, 3));
    expect(compileCalendar(cal).blocksBuilt).toBeLessThan(400);
  });

  it("rejects instants outside the range of a JavaScript Date", () => {
    expect(() => businessTimeBetween(office(), -8.7e15, 0)).toThrow(RangeError);
    expect(() => addBusinessTime(office(), 0, 0)).not.toThrow();
  });
});
