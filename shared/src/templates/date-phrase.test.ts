import { formatDuePhrase, isKnownZone } from "./date-phrase";

const NOW = Date.UTC(2026, 9, 1, 12, 0); // 1 October 2026, the "today" of every case below

describe("formatDuePhrase", () => {
  it("writes English and Dutch phrases in the zone given", () => {
    // 08:00Z on 24 November is 09:00 in Amsterdam (CET, UTC+1).
    const due = Date.UTC(2026, 10, 24, 8, 0);
    expect(formatDuePhrase(due, "Europe/Amsterdam", "en", NOW)).toBe("Tuesday 24 November at 09:00");
    expect(formatDuePhrase(due, "Europe/Amsterdam", "nl", NOW)).toBe("dinsdag 24 november om 09:00");
  });

  it("keeps 09:00 at 09:00 across the autumn change (CEST Friday, CET Monday)", () => {
    // Clocks go back on Sunday 25 October 2026. Friday 23rd 07:00Z + 2h = 09:00 CEST;
    // Monday 26th 08:00Z + 1h = 09:00 CET: the same wall time from UTC instants an hour apart.
    const friday = Date.UTC(2026, 9, 23, 7, 0);
    const monday = Date.UTC(2026, 9, 26, 8, 0);
    expect(formatDuePhrase(friday, "Europe/Amsterdam", "en", NOW)).toBe("Friday 23 October at 09:00");
    expect(formatDuePhrase(monday, "Europe/Amsterdam", "en", NOW)).toBe("Monday 26 October at 09:00");
    expect(formatDuePhrase(monday, "Europe/Amsterdam", "nl", NOW)).toBe("maandag 26 oktober om 09:00");
  });

  it("keeps 09:00 at 09:00 across the spring change (CET Friday, CEST Monday)", () => {
    // Clocks go forward on Sunday 29 March 2026. Friday 27th 08:00Z + 1h = 09:00 CET;
    // Monday 30th 07:00Z + 2h = 09:00 CEST.
    const now = Date.UTC(2026, 2, 1);
    expect(formatDuePhrase(Date.UTC(2026, 2, 27, 8), "Europe/Amsterdam", "nl", now)).toBe(
      "vrijdag 27 maart om 09:00",
    );
    expect(formatDuePhrase(Date.UTC(2026, 2, 30, 7), "Europe/Amsterdam", "en", now)).toBe(
      "Monday 30 March at 09:00",
    );
  });

  it("writes the customer's wall time when their zone differs from the mailbox's", () => {
    // 14:00Z on 24 November: 15:00 in Amsterdam, 09:00 in New York (EST, UTC-5).
    const due = Date.UTC(2026, 10, 24, 14, 0);
    expect(formatDuePhrase(due, "America/New_York", "en", NOW)).toBe("Tuesday 24 November at 09:00");
    expect(formatDuePhrase(due, "Europe/Amsterdam", "en", NOW)).toBe("Tuesday 24 November at 15:00");
  });

  it("names the year only when it is not the current one", () => {
    const due = Date.UTC(2027, 0, 4, 8, 0); // Monday 4 January 2027, 09:00 CET
    const december = Date.UTC(2026, 11, 30, 12);
    expect(formatDuePhrase(due, "Europe/Amsterdam", "en", december)).toBe("Monday 4 January 2027 at 09:00");
    expect(formatDuePhrase(due, "Europe/Amsterdam", "nl", december)).toBe("maandag 4 januari 2027 om 09:00");
  });

  it("writes midnight as 00:00, not 24:00", () => {
    expect(formatDuePhrase(Date.UTC(2026, 10, 23, 23, 0), "Europe/Amsterdam", "en", NOW)).toBe(
      "Tuesday 24 November at 00:00",
    );
  });

  it("knows IANA zones and refuses made-up ones", () => {
    expect(isKnownZone("Europe/Amsterdam")).toBe(true);
    expect(isKnownZone("Mars/Olympus")).toBe(false);
  });
});
