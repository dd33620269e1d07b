import { formatAgo, formatWhen } from "./format-when";
import { MINUTE, MON, TUE, ZONE, ams } from "../../test/view/fixtures";

describe("formatWhen", () => {
  const now = ams(MON, 12);

  it("gives the time alone today, in the team's zone", () => {
    // 09:42 UTC is 10:42 in Amsterdam (UTC+1 in March before the change).
    expect(formatWhen(Date.UTC(2025, 2, 10, 9, 42), now, ZONE)).toBe("10:42");
    expect(formatWhen(Date.UTC(2025, 2, 10, 9, 42), now, "America/New_York")).toBe("05:42");
  });

  it("adds the weekday within six days either side", () => {
    expect(formatWhen(ams(TUE, 9), now, ZONE)).toBe("Tue 09:00");
    expect(formatWhen(ams(9, 23, 59), now, ZONE)).toBe("Sun 23:59");
    expect(formatWhen(ams(16, 9), now, ZONE)).toBe("Sun 09:00");
  });

  it("uses the date beyond a week, and the year when it differs", () => {
    expect(formatWhen(ams(17, 9), now, ZONE)).toBe("17 Mar 09:00");
    expect(formatWhen(Date.UTC(2024, 11, 24, 8), now, ZONE)).toBe("24 Dec 2024 09:00");
  });

  it("reads wall time across the spring-forward night", () => {
    // Sunday 30 March 2025, 01:00 UTC is 03:00 CEST, just after the clocks jumped from 02:00.
    const after = Date.UTC(2025, 2, 30, 1, 0);
    expect(formatWhen(after, Date.UTC(2025, 2, 30, 0, 30), ZONE)).toBe("03:00");
    // Monday midnight local is still "today" from Monday 00:30 despite the zone offset.
    expect(formatWhen(Date.UTC(2025, 2, 30, 22, 0), Date.UTC(2025, 2, 30, 22, 30), ZONE)).toBe("00:00");
  });
});

describe("formatAgo", () => {
  const now = ams(MON, 12);
  it.each([
    [now - 59_999, "just now"],
    [now + 5_000, "just now"],
    [now - 5 * MINUTE, "5 min ago"],
    [now - 3 * 60 * MINUTE - 1, "3 h ago"],
    [ams(8, 9), "Sat 09:00"],
  ])("%i reads %s", (t, text) => {
    expect(formatAgo(t, now, ZONE)).toBe(text);
  });
});
