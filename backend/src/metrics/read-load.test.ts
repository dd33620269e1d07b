import { loadRows } from "./read-load";

describe("loadRows", () => {
  const loads = new Map([
    ["ana@demo.test", { normal: 3, urgent: 1 }],
    ["ben@demo.test", { low: 1 }],
    ["eli@demo.test", {}],
  ]);
  const members = new Map<string, Record<string, unknown>>([
    ["ana@demo.test", { role: "agent" }],
    ["ben@demo.test", { role: "agent", maxOpen: 2 }],
    ["dara@demo.test", { role: "agent", maxOpen: null }],
    ["eli@demo.test", { role: "agent" }],
  ]);

  it("counts open load per priority, with the member's own cap, else the mailbox's", () => {
    expect(loadRows(loads, members, 4)).toEqual([
      { member: "ana@demo.test", open: 4, byPriority: { low: 0, normal: 3, high: 0, urgent: 1 }, cap: 4 },
      { member: "ben@demo.test", open: 1, byPriority: { low: 1, normal: 0, high: 0, urgent: 0 }, cap: 2 },
      // Nothing open but under the mailbox's cap: shown, so a lead sees the room left.
      { member: "eli@demo.test", open: 0, byPriority: { low: 0, normal: 0, high: 0, urgent: 0 }, cap: 4 },
    ]);
  });

  it("leaves out members with nothing open and no cap (null on the member: none at all)", () => {
    expect(loadRows(loads, members, null).map((r) => r.member)).toEqual(["ana@demo.test", "ben@demo.test"]);
  });

  it("reads a bad hand edit as zero, never as a negative load", () => {
    expect(loadRows(new Map([["x@demo.test", { normal: -2, high: "3" }]]), new Map(), null)).toEqual([]);
  });
});
