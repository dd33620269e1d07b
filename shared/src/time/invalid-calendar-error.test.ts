import { InvalidCalendarError } from "./invalid-calendar-error";

describe("InvalidCalendarError", () => {
  it("is an Error with the invalid_calendar code and the given sentence", () => {
    const error = new InvalidCalendarError("The calendar has no business hours on any weekday.");
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("invalid_calendar");
    expect(error.message).toBe("The calendar has no business hours on any weekday.");
  });
});
