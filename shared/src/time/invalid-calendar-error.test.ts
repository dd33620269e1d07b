import { InvalidCalendarError } from "./invalid-calendar-error";

describe("InvalidCalendarError", () => {
  it("is an Error with the invalid_calendar code, the given key and its English sentence", () => {
    const error = new InvalidCalendarError("errors.calendarNoHours");
    expect(error.key).toBe("errors.calendarNoHours");
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("invalid_calendar");
    expect(error.message).toBe("The calendar has no business hours on any weekday.");
  });
});
