import fc from "fast-check";
import { isBusinessInstant } from "../time/business-time";
import type { BusinessCalendar } from "../time/types";
import { wallClockAt } from "../time/wall-clock";
import { nextBusinessMorning, NEXT_MORNING_SEARCH_MS } from "./next-business-morning";

const AMS = "Europe/Amsterdam";
const nineToFive: [string, string][] = [["09:00", "17:00"]];
const OFFICE: BusinessCalendar = {
  timeZone: AMS,
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  holidays: ["2026-12-25", "2026-12-28"],
};
const ALWAYS: BusinessCalendar = {
  timeZone: AMS,
  weekly: Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]]),
  ),
};
const at = (iso: string) => Date.parse(iso);
const wall = (t: number) => {
  const w = wallClockAt(AMS, t);
  return `${w.weekday} ${w.date} ${w.hhmm}`;
};

describe("nextBusinessMorning", () => {
  it("is tomorrow's opening during business hours, and the next opening outside them", () => {
    expect(wall(nextBusinessMorning(OFFICE, at("2026-11-24T10:00:00+01:00")))).toBe("wed 2026-11-25 09:00");
    expect(wall(nextBusinessMorning(OFFICE, at("2026-11-24T07:00:00+01:00")))).toBe("tue 2026-11-24 09:00");
    expect(wall(nextBusinessMorning(OFFICE, at("2026-11-24T09:00:00+01:00")))).toBe("wed 2026-11-25 09:00");
  });

  it("crosses a weekend and holidays", () => {
    expect(wall(nextBusinessMorning(OFFICE, at("2026-11-27T16:00:00+01:00")))).toBe("mon 2026-11-30 09:00");
    // Thu 24 Dec: Fri 25 (Christmas), the weekend and Mon 28 are closed.
    expect(wall(nextBusinessMorning(OFFICE, at("2026-12-24T12:00:00+01:00")))).toBe("tue 2026-12-29 09:00");
  });

  it("keeps 09:00 local across both DST changes", () => {
    // Fri 27 Mar 2026 -> Mon 30 Mar (clocks went forward on Sun 29): 09:00 CEST = 07:00Z.
    const spring = nextBusinessMorning(OFFICE, at("2026-03-27T18:00:00+01:00"));
    expect(new Date(spring).toISOString()).toBe("2026-03-30T07:00:00.000Z");
    // Fri 23 Oct -> Mon 26 Oct (back on Sun 25): 09:00 CET = 08:00Z.
    const autumn = nextBusinessMorning(OFFICE, at("2026-10-23T18:00:00+02:00"));
    expect(new Date(autumn).toISOString()).toBe("2026-10-26T08:00:00.000Z");
  });

  it("takes 09:00 of the next local day for a calendar open around the clock", () => {
    expect(wall(nextBusinessMorning(ALWAYS, at("2026-03-28T22:30:00+01:00")))).toBe("sun 2026-03-29 09:00");
  });

  it("property: after now, within the search span, an opening (business, not just before)", () => {
    const from = at("2026-01-01T00:00:00Z");
    const to = at("2027-12-31T00:00:00Z");
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (now) => {
        const morning = nextBusinessMorning(OFFICE, now);
        expect(morning).toBeGreaterThan(now);
        expect(morning - now).toBeLessThanOrEqual(NEXT_MORNING_SEARCH_MS);
        expect(isBusinessInstant(OFFICE, morning)).toBe(true);
        expect(isBusinessInstant(OFFICE, morning - 1)).toBe(false);
        const w = wallClockAt(AMS, morning);
        expect(w.hhmm).toBe("09:00");
        expect(OFFICE.holidays).not.toContain(w.date);
        expect(["sat", "sun"]).not.toContain(w.weekday);
      }),
      { numRuns: 500 },
    );
  });
});
