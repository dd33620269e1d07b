import { InvalidCalendarError } from "./invalid-calendar-error";
import type { BusinessCalendar } from "./types";
import { parseCalendar, validateCalendar } from "./validate-calendar";

const base: BusinessCalendar = { timeZone: "Europe/Amsterdam", weekly: { mon: [["09:00", "17:00"]] } };
const rejects = (cal: unknown, message: RegExp): void => {
  expect(() => {
    validateCalendar(cal as BusinessCalendar);
  }).toThrow(InvalidCalendarError);
  expect(() => {
    validateCalendar(cal as BusinessCalendar);
  }).toThrow(message);
};

describe("validateCalendar", () => {
  it("accepts a plain office calendar and merges touching windows", () => {
    expect(() => {
      validateCalendar(base);
    }).not.toThrow();
    const parsed = parseCalendar({
      ...base,
      weekly: {
        tue: [
          ["12:00", "24:00"],
          ["09:00", "12:00"],
        ],
      },
    });
    expect(parsed.windows[1]).toEqual([[540, 1440]]);
  });

  it("rejects unknown zones, malformed and overlapping windows, bad holidays, empty weeks", () => {
    rejects({ ...base, timeZone: "Europe/Atlantis" }, /Unknown time zone "Europe\/Atlantis"/);
    rejects({ ...base, weekly: { mon: [["9:00", "17:00"]] } }, /"9:00" on mon is not a time/);
    rejects({ ...base, weekly: { mon: [["09:00", "24:30"]] } }, /"24:30"/);
    rejects({ ...base, weekly: { mon: [["17:00", "09:00"]] } }, /must end after it starts/);
    rejects({ ...base, weekly: { mon: [["09:00", "09:00"]] } }, /must end after it starts/);
    rejects(
      {
        ...base,
        weekly: {
          mon: [
            ["09:00", "13:00"],
            ["12:00", "17:00"],
          ],
        },
      },
      /overlap/,
    );
    rejects({ ...base, weekly: { monday: [["09:00", "17:00"]] } }, /Unknown weekday "monday"/);
    rejects({ ...base, weekly: { mon: [["09:00"]] } }, /pair/);
    rejects({ ...base, holidays: ["2025-02-30"] }, /Holiday "2025-02-30"/);
    rejects({ ...base, weekly: {} }, /no business hours/);
    rejects({ ...base, weekly: { mon: [] } }, /no business hours/);
    rejects(null, /must be an object/);
  });

  it("carries the domain error code", () => {
    try {
      validateCalendar({ ...base, weekly: {} });
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidCalendarError);
      expect((e as InvalidCalendarError).code).toBe("invalid_calendar");
      expect((e as InvalidCalendarError).name).toBe("InvalidCalendarError");
    }
    expect.assertions(3);
  });
});
