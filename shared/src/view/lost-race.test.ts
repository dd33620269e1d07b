import { agoText, lostRaceText } from "./lost-race";
import { nameLookup } from "./member-names";

const now = Date.UTC(2026, 2, 9, 10, 0, 0);
const nameOf = nameLookup([{ email: "ana@demo.baton.test", name: "Ana" }]);

describe("lostRaceText", () => {
  it("names the winner and how long ago they claimed", () => {
    expect(lostRaceText({ owner: "Ana@demo.baton.test", since: now - 2_000 }, nameOf, now)).toBe(
      "Ana claimed this 2 s ago.",
    );
    expect(
      lostRaceText({ owner: "ana@demo.baton.test", since: now - 3 * 60_000 - 10_000 }, nameOf, now),
    ).toBe("Ana claimed this 3 min ago.");
  });

  it("still says something useful without details", () => {
    expect(lostRaceText({}, nameOf, now)).toBe("A teammate claimed this a moment ago.");
    expect(lostRaceText({ owner: "ana@demo.baton.test" }, nameOf, now)).toBe(
      "Ana claimed this a moment ago.",
    );
  });
});

describe("agoText", () => {
  it("counts seconds under a minute, then reads as every duration does", () => {
    expect(agoText(now - 59_999, now)).toBe("59 s ago");
    expect(agoText(now - 90 * 60_000, now)).toBe("1 h 30 min ago");
    expect(agoText(now - 49 * 3_600_000, now)).toBe("2 d 1 h ago");
  });

  it("reads a timestamp slightly ahead of this clock as 0 s ago", () => {
    expect(agoText(now + 5_000, now)).toBe("0 s ago");
  });
});
