import { formatAgo, lostRaceNotice } from "./notices";

describe("lost race notice", () => {
  it("says who won and how long ago, in the coarsest whole unit", () => {
    const now = 1_000_000_000;
    expect(lostRaceNotice("Ana", now - 2_000, now)).toBe("Ana claimed this 2 s ago");
    expect(lostRaceNotice("Ana", now - 59_400, now)).toBe("Ana claimed this 59 s ago");
    expect(lostRaceNotice("Ana", now - 3 * 60_000 - 10_000, now)).toBe("Ana claimed this 3 min ago");
    expect(lostRaceNotice("Ana", null, now)).toBe("Ana claimed this first");
  });

  it("never reports a negative age when the server clock runs ahead", () => {
    expect(formatAgo(5_000, 1_000)).toBe("0 s ago");
    expect(formatAgo(0, 50 * 3_600_000)).toBe("2 d ago");
  });
});
