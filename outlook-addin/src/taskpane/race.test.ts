import { claimRaceMessage } from "./race";

const members = [{ email: "ana@demo.baton.test", name: "Ana Lima" }];
const now = Date.UTC(2026, 2, 9, 10, 0, 0);

describe("lost claim race", () => {
  it("names the winner and how long ago they claimed", () => {
    expect(claimRaceMessage({ owner: "ana@demo.baton.test", since: now - 2_000 }, members, now)).toBe(
      "Ana Lima claimed this 2 s ago.",
    );
  });

  it("still says something useful without details", () => {
    expect(claimRaceMessage({}, members, now)).toBe("A teammate claimed this a moment ago.");
    expect(claimRaceMessage({ owner: "ana@demo.baton.test" }, members, now)).toBe(
      "Ana Lima claimed this a moment ago.",
    );
  });

  it("names an owner who is not in the member list by address, as the owner line does", () => {
    expect(claimRaceMessage({ owner: "chen@demo.baton.test", since: now - 3 * 60_000 }, members, now)).toBe(
      "chen@demo.baton.test claimed this 3 min ago.",
    );
  });
});
