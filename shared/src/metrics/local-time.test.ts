import fc from "fast-check";
import { wallClockAt } from "../time";
import { localSlotOf } from "./local-time";

describe("localSlotOf", () => {
  it("agrees with wallClockAt across 2026, DST changes included", () => {
    const weekday = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.constantFrom("Europe/Amsterdam", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"),
        (t, zone) => {
          const wall = wallClockAt(zone, t);
          const slot = localSlotOf(zone, t);
          expect(slot).toEqual({
            day: wall.date,
            hourOfWeek: weekday[wall.weekday] * 24 + Math.floor(wall.minuteOfDay / 60),
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("puts the hour after the spring-forward gap at 03:00 local", () => {
    // Amsterdam 2026-03-29 (Sunday): 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
    expect(localSlotOf("Europe/Amsterdam", Date.UTC(2026, 2, 29, 0, 59))).toEqual({
      day: "2026-03-29",
      hourOfWeek: 6 * 24 + 1,
    });
    expect(localSlotOf("Europe/Amsterdam", Date.UTC(2026, 2, 29, 1, 0))).toEqual({
      day: "2026-03-29",
      hourOfWeek: 6 * 24 + 3,
    });
  });
});
