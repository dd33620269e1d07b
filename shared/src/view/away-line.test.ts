import { awayLine, tomorrowMorning } from "./away-line";

const AMS = "Europe/Amsterdam";
// Monday 23 Nov 2026, 15:30 in Amsterdam (UTC+1).
const now = Date.UTC(2026, 10, 23, 14, 30);

describe("awayLine", () => {
  it("says until when on the member's clock", () => {
    expect(awayLine(Date.UTC(2026, 10, 24, 8, 0), now, AMS)).toBe("You are away until Tue 09:00");
    expect(awayLine(Date.UTC(2026, 10, 23, 16, 0), now, AMS)).toBe("You are away until 17:00");
  });

  it("says nothing when not away, or once the instant has passed", () => {
    expect(awayLine(null, now, AMS)).toBeNull();
    expect(awayLine(undefined, now, AMS)).toBeNull();
    expect(awayLine(now, now, AMS)).toBeNull();
  });
});

describe("tomorrowMorning", () => {
  it("is 09:00 tomorrow on the member's wall", () => {
    expect(tomorrowMorning(now, AMS)).toBe(Date.UTC(2026, 10, 24, 8, 0));
    expect(tomorrowMorning(now, "America/New_York")).toBe(Date.UTC(2026, 10, 24, 14, 0));
  });

  it("is the next date even late on a 23-hour day (spring forward)", () => {
    // Sunday 29 Mar 2026, 23:30 in Amsterdam: clocks went forward that night, the day had 23 hours.
    const lateSunday = Date.UTC(2026, 2, 29, 21, 30);
    expect(tomorrowMorning(lateSunday, AMS)).toBe(Date.UTC(2026, 2, 30, 7, 0));
  });
});
