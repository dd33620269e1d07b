import type { BusinessCalendar } from "@baton/shared";
import { applyHolidaySource, HOLIDAY_YEARS_AHEAD } from "./holiday-source";

const calendar: BusinessCalendar = {
  timeZone: "Europe/Amsterdam",
  weekly: { mon: [["09:00", "17:00"]] },
  // The admin's own closures: a company day, and Christmas (which NL also has).
  holidays: ["2026-06-19", "2026-12-25"],
};

describe("applyHolidaySource", () => {
  it("adds a country's public holidays and remembers only the dates it added", () => {
    const { calendar: merged, holidays } = applyHolidaySource(
      calendar,
      null,
      { country: "NL", region: null },
      2026,
    );
    expect(merged.holidays).toEqual(
      expect.arrayContaining(["2026-04-27", "2026-06-19", "2026-12-25", "2028-04-27"]),
    );
    expect(holidays).toMatchObject({
      country: "NL",
      region: null,
      fromYear: 2026,
      toYear: 2026 + HOLIDAY_YEARS_AHEAD,
    });
    expect(holidays?.added).toContain("2026-04-27");
    // Christmas was the admin's own date already: switching country must not take it away.
    expect(holidays?.added).not.toContain("2026-12-25");
    expect(holidays?.added).not.toContain("2026-06-19");
  });

  it("takes the previous country's dates out when switching, keeping the admin's own", () => {
    const nl = applyHolidaySource(calendar, null, { country: "NL", region: null }, 2026);
    const de = applyHolidaySource(nl.calendar, nl.holidays, { country: "DE", region: "BY" }, 2026);
    expect(de.calendar.holidays).not.toContain("2026-04-27"); // King's Day
    expect(de.calendar.holidays).toEqual(expect.arrayContaining(["2026-10-03", "2026-06-19", "2026-12-25"]));
    expect(de.holidays?.region).toBe("BY");
  });

  it("goes back to exactly the admin's own dates when the source is cleared", () => {
    const nl = applyHolidaySource(calendar, null, { country: "NL", region: null }, 2026);
    const off = applyHolidaySource(nl.calendar, nl.holidays, null, 2026);
    expect(off.holidays).toBeNull();
    expect(off.calendar.holidays).toEqual(calendar.holidays);
    expect(off.calendar.weekly).toEqual(calendar.weekly);
  });
});
