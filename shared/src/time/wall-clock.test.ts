import { InvalidCalendarError } from "./invalid-calendar-error";
import { wallClockAt } from "./wall-clock";

describe("wallClockAt", () => {
  it("shows the local date, weekday and minute, across a midnight DST change", () => {
    // Santiago 2025-09-07: 00:00 -04 is skipped; 04:00Z is 01:00 -03 on Sunday
    expect(wallClockAt("America/Santiago", Date.parse("2025-09-07T04:00Z"))).toEqual({
      date: "2025-09-07",
      dayNumber: Date.UTC(2025, 8, 7) / 86_400_000,
      weekday: "sun",
      minuteOfDay: 60,
      hhmm: "01:00",
    });
    // one ms earlier it is still Saturday 23:59 at -04
    expect(wallClockAt("America/Santiago", Date.parse("2025-09-07T04:00Z") - 1).hhmm).toBe("23:59");
    expect(wallClockAt("Asia/Kathmandu", Date.parse("2025-01-06T03:20Z")).hhmm).toBe("09:05");
  });

  it("rejects unknown zones and non-finite instants", () => {
    expect(() => wallClockAt("Mars/Olympus", 0)).toThrow(InvalidCalendarError);
    expect(() => wallClockAt("Europe/Amsterdam", Number.NaN)).toThrow(RangeError);
  });
});
