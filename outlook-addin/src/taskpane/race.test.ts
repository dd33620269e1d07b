import { agoText, claimRaceMessage, displayName } from "./race";

const members = [{ email: "ana@demo.baton.test", name: "Ana Lima" }];
const now = Date.UTC(2026, 2, 9, 10, 0, 0);

describe("lost claim race", () => {
  it("names the winner and how long ago they claimed", () => {
    expect(claimRaceMessage({ owner: "ana@demo.baton.test", since: now - 2_000 }, members, now)).toBe(
      "Ana Lima claimed this 2 s ago.",
    );
    expect(claimRaceMessage({ owner: "ben@demo.baton.test", since: now - 3 * 60_000 }, members, now)).toBe(
      "Ben claimed this 3 min ago.",
    );
  });

  it("still says something useful without details", () => {
    expect(claimRaceMessage({}, members, now)).toBe("A teammate claimed this a moment ago.");
    expect(claimRaceMessage({ owner: "ana@demo.baton.test" }, members, now)).toBe(
      "Ana Lima claimed this a moment ago.",
    );
  });

  it("formats elapsed time in seconds, minutes, hours and days", () => {
    expect(agoText(now - 59_000, now)).toBe("59 s ago");
    expect(agoText(now - 90 * 60_000, now)).toBe("2 h ago");
    expect(agoText(now - 49 * 3_600_000, now)).toBe("2 d ago");
    expect(agoText(now + 5_000, now)).toBe("0 s ago");
  });

  it("falls back to the capitalised local part for unknown members", () => {
    expect(displayName("chen@demo.baton.test", members)).toBe("Chen");
  });
});
