import { compileCalendar } from "./compiled-calendar";
import { InvalidCalendarError } from "./invalid-calendar-error";
import type { BusinessCalendar } from "./types";

const make = (): BusinessCalendar => ({
  timeZone: "Europe/Amsterdam",
  weekly: { tue: [["09:00", "17:00"]], mon: [["09:00", "17:00"]] },
  holidays: ["2025-12-26", "2025-12-25"],
});

describe("compileCalendar", () => {
  it("compiles once per object and once per equal calendar (fresh JSON per request)", () => {
    const a = make();
    expect(compileCalendar(a)).toBe(compileCalendar(a));
    const reordered: BusinessCalendar = JSON.parse(
      '{"weekly":{"mon":[["09:00","17:00"]],"tue":[["09:00","17:00"]]},"holidays":["2025-12-25","2025-12-26"],"timeZone":"Europe/Amsterdam"}',
    ) as BusinessCalendar;
    expect(compileCalendar(reordered)).toBe(compileCalendar(a));
    expect(compileCalendar({ ...make(), holidays: [] })).not.toBe(compileCalendar(a));
  });

  it("caches blocks lazily and rejects invalid calendars every time", () => {
    const compiled = compileCalendar(make());
    expect(compiled.block(2900)).toBe(compiled.block(2900));
    const bad = { ...make(), timeZone: "Nowhere/Land" };
    expect(() => compileCalendar(bad)).toThrow(InvalidCalendarError);
    expect(() => compileCalendar(bad)).toThrow(InvalidCalendarError);
  });
});
