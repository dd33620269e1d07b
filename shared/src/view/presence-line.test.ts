import { nameLookup } from "./member-names";
import { activePresence, presenceLine, type PresenceInput } from "./presence-line";
import { MON, ams, members } from "../../test/view/fixtures";

const nameOf = nameLookup(members);
const now = ams(MON, 12);
const me = "ana@demo.baton.test";
const line = (entries: PresenceInput[]) => presenceLine(activePresence(entries, me, now, nameOf));

describe("presence", () => {
  it("names who else is viewing or replying", () => {
    expect(line([{ email: "ben@demo.baton.test", state: "viewing", at: now - 5_000 }])).toBe(
      "Ben is viewing",
    );
    expect(line([{ email: "ben@demo.baton.test", state: "replying", at: now }])).toBe("Ben is replying");
  });

  it("leaves me out", () => {
    expect(line([{ email: "ANA@demo.baton.test", state: "replying", at: now }])).toBeNull();
  });

  it("expires heartbeats older than 15 s, keeping one exactly 15 s old", () => {
    expect(line([{ email: "ben@demo.baton.test", state: "viewing", at: now - 15_000 }])).toBe(
      "Ben is viewing",
    );
    expect(line([{ email: "ben@demo.baton.test", state: "viewing", at: now - 15_001 }])).toBeNull();
  });

  it("lets replying outrank viewing for the same person and groups the rest", () => {
    const entries: PresenceInput[] = [
      { email: "ben@demo.baton.test", state: "viewing", at: now - 1_000 },
      { email: "ben@demo.baton.test", state: "replying", at: now - 2_000 },
      { email: "lead@demo.baton.test", state: "viewing", at: now },
      { email: "admin@demo.baton.test", state: "viewing", at: now },
    ];
    expect(line(entries)).toBe("Ben is replying · Ada and Lee are viewing");
    expect(activePresence(entries, me, now, nameOf).map((entry) => entry.email)).toEqual([
      "ben@demo.baton.test",
      "admin@demo.baton.test",
      "lead@demo.baton.test",
    ]);
  });

  it("shortens long lists", () => {
    const viewers = ["ben", "lead", "admin", "viewer", "x"].map((who) => ({
      email: `${who}@demo.baton.test`,
      state: "viewing" as const,
      at: now,
    }));
    expect(line(viewers.slice(0, 3))).toBe("Ada, Ben and Lee are viewing");
    expect(line(viewers)).toBe("Ada, Ben and 3 others are viewing");
  });
});
