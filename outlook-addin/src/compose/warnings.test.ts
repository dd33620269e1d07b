import { RECENT_REPLY_MS } from "../commands/send-check";
import { PRESENCE_TTL_MS } from "@baton/shared/view";
import { composeWarnings } from "./warnings";

const now = Date.UTC(2026, 10, 23, 10, 0, 0);
const ana = "ana@demo.baton.test";
const ben = "ben@demo.baton.test";
const members = [
  { email: ana, name: "Ana" },
  { email: ben, name: "Ben" },
];

describe("composeWarnings", () => {
  it("says who else is replying, once each, and never me or a viewer", () => {
    const presence = [
      { email: "BEN@demo.baton.test", state: "replying" as const, at: now - 1000 },
      { email: ben, state: "replying" as const, at: now - 4000 },
      { email: ana, state: "replying" as const, at: now },
      { email: "chen@demo.baton.test", state: "viewing" as const, at: now },
    ];
    expect(composeWarnings({ presence, reply: null, members }, ana, now)).toEqual([
      { kind: "replying", email: ben, text: "Ben is replying" },
    ]);
  });

  it("drops a replying heartbeat past the presence window", () => {
    const stale = [{ email: ben, state: "replying" as const, at: now - PRESENCE_TTL_MS - 1 }];
    expect(composeWarnings({ presence: stale, reply: null, members }, ana, now)).toEqual([]);
  });

  it("says a teammate replied within the send check's window, and not after it or when it was me", () => {
    const replied = (by: string, ago: number) =>
      composeWarnings(
        { presence: [], reply: { lastReplyBy: by, lastOutboundAt: now - ago }, members },
        ana,
        now,
      );
    expect(replied(ben, 2 * 60_000)).toEqual([
      { kind: "replied", email: ben, text: "Ben replied 2 min ago" },
    ]);
    expect(replied(ben, RECENT_REPLY_MS + 1)).toEqual([]);
    expect(replied("Ana@demo.baton.test", 1000)).toEqual([]);
  });
});
