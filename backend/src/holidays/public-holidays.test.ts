import { isKnownHolidaySource, publicHolidays, withPublicHolidays } from "./public-holidays";

describe("publicHolidays", () => {
  it("lists a country's public holidays as local dates, without observances", () => {
    const nl = publicHolidays("NL", undefined, 2026, 2026);
    expect(nl).toEqual(expect.arrayContaining(["2026-01-01", "2026-04-27", "2026-12-25", "2026-12-26"]));
    // Sinterklaas / Liberation Day (not a public day off every year) are not "public" in date-holidays.
    expect(nl).not.toContain("2026-12-05");
    expect([...nl].sort()).toEqual(nl);
  });

  it("adds a region's own holidays to the country's", () => {
    const de = publicHolidays("DE", undefined, 2026, 2026);
    const bavaria = publicHolidays("DE", "BY", 2026, 2026);
    // Epiphany (6 January) is a public holiday in Bavaria, not nationwide.
    expect(de).not.toContain("2026-01-06");
    expect(bavaria).toContain("2026-01-06");
  });

  it("spans several years and includes substitute days off", () => {
    const us = publicHolidays("US", undefined, 2026, 2027);
    // 4 July 2026 is a Saturday (observed Friday 3rd); 2027 a Sunday (observed Monday 5th).
    expect(us).toEqual(expect.arrayContaining(["2026-07-03", "2026-07-04", "2027-07-04", "2027-07-05"]));
    expect(us.filter((d) => d.endsWith("-01-01"))).toEqual(["2026-01-01", "2027-01-01"]);
  });
});

describe("withPublicHolidays", () => {
  it("merges into the calendar's own dates and keeps them", () => {
    const calendar = {
      timeZone: "Europe/Amsterdam",
      weekly: { mon: [["09:00", "17:00"]] as Array<[string, string]> },
      holidays: ["2026-08-14"],
    };
    const merged = withPublicHolidays(calendar, { country: "NL" }, 2026, 2026);
    expect(merged.holidays).toContain("2026-08-14");
    expect(merged.holidays).toContain("2026-12-25");
    expect(calendar.holidays).toEqual(["2026-08-14"]);
  });
});

describe("isKnownHolidaySource", () => {
  it("knows countries and regions date-holidays has", () => {
    expect(isKnownHolidaySource({ country: "DE", region: "BY" })).toBe(true);
    expect(isKnownHolidaySource({ country: "XX" })).toBe(false);
    expect(isKnownHolidaySource({ country: "DE", region: "ZZ" })).toBe(false);
  });
});
