import type { BusinessCalendar } from "@baton/shared";
import { calendarFromStore, calendarToStore } from "./calendar-codec";

const calendar: BusinessCalendar = {
  timeZone: "Europe/Amsterdam",
  weekly: {
    mon: [
      ["09:00", "12:00"],
      ["13:00", "17:30"],
    ],
    sat: [],
  },
  holidays: ["2026-12-25"],
};

describe("calendar codec", () => {
  it("stores windows as maps, with no array inside an array", () => {
    const stored = calendarToStore(calendar);
    expect(stored).toEqual({
      timeZone: "Europe/Amsterdam",
      weekly: {
        mon: [
          { from: "09:00", to: "12:00" },
          { from: "13:00", to: "17:30" },
        ],
        sat: [],
      },
      holidays: ["2026-12-25"],
    });
  });

  it("reads back exactly what was stored", () => {
    expect(calendarFromStore(calendarToStore(calendar))).toEqual(calendar);
  });

  it("accepts pairs as written by hand, and leaves non-calendars alone", () => {
    expect(calendarFromStore({ timeZone: "UTC", weekly: { mon: [["00:00", "24:00"]] } })).toEqual({
      timeZone: "UTC",
      weekly: { mon: [["00:00", "24:00"]] },
    });
    expect(calendarFromStore(null)).toBeNull();
    expect(calendarFromStore("x")).toBe("x");
  });
});
