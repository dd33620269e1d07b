import { project } from "./project";
import { MAX_ROUTED_REASONS, waitingChanged } from "./routed";
import type { ConversationEvent, ConversationEventBody } from "./types";

const T0 = Date.UTC(2026, 2, 2, 9, 0);
let seq = 0;
const ev = (actor: string, body: ConversationEventBody): ConversationEvent => ({
  id: `e${++seq}`,
  at: T0 + seq,
  actor,
  ...body,
});
const arrival = ev("system", {
  type: "message_received",
  messageId: "<a@x>",
  from: "c@customer.test",
  subject: "Invoice 12",
  sentAt: T0,
});
const byRule = { rule: { id: "invoices", name: "Invoices" } };
const byRoundRobin = {
  strategy: "round_robin" as const,
  skipped: [{ member: "ben@x", reason: "away" as const }],
};
const routedAssign = ev("system", {
  type: "assigned",
  assignee: "ana@x",
  previous: null,
  routedBy: byRoundRobin,
});
const routedTag = ev("system", { type: "tag_added", tag: "billing", routedBy: byRule });
const types = (events: ConversationEvent[]) =>
  (project("c_k", "support@x", events).routed ?? []).map((r) => r.type);

describe("routing's reasons on the conversation", () => {
  it("keeps each routed event's body, instant and cause, not its id or actor", () => {
    const c = project("c_k", "support@x", [arrival, routedAssign, routedTag]);
    expect(c.routed).toEqual([
      { type: "assigned", assignee: "ana@x", previous: null, routedBy: byRoundRobin, at: routedAssign.at },
      { type: "tag_added", tag: "billing", routedBy: byRule, at: routedTag.at },
    ]);
  });

  it("is absent while routing has decided nothing", () => {
    const c = project("c_k", "support@x", [arrival, ev("ana@x", { type: "claimed", assignee: "ana@x" })]);
    expect(c.routed).toBeUndefined();
  });

  it("retires the owner's reason when a person claims, reassigns or releases", () => {
    expect(types([arrival, routedAssign, ev("ben@x", { type: "claimed", assignee: "ben@x" })])).toEqual([]);
    expect(types([arrival, routedAssign, ev("ana@x", { type: "released", previous: "ana@x" })])).toEqual([]);
    expect(
      types([
        arrival,
        routedAssign,
        routedTag,
        ev("lead@x", { type: "assigned", assignee: "ben@x", previous: "ana@x" }),
      ]),
    ).toEqual(["tag_added"]);
  });

  it("retires a tag's reason when the tag is removed, and a priority's when a person changes it", () => {
    const priority = ev("system", { type: "priority_changed", from: "normal", to: "high", routedBy: byRule });
    expect(
      types([arrival, routedTag, priority, ev("ana@x", { type: "tag_removed", tag: "billing" })]),
    ).toEqual(["priority_changed"]);
    expect(
      types([
        arrival,
        routedTag,
        priority,
        ev("ana@x", { type: "priority_changed", from: "high", to: "low" }),
      ]),
    ).toEqual(["tag_added"]);
  });

  it("replaces the owner's reason with a newer routed one (a rebalance)", () => {
    const rebalance = ev("system", {
      type: "assigned",
      assignee: "dara@x",
      previous: "ana@x",
      routedBy: { strategy: "round_robin", rebalancedFrom: "ana@x" },
    });
    const c = project("c_k", "support@x", [arrival, routedAssign, rebalance]);
    expect(c.routed?.map((r) => (r.type === "assigned" ? r.assignee : r.type))).toEqual(["dara@x"]);
  });

  it(`keeps at most ${MAX_ROUTED_REASONS} reasons, the newest`, () => {
    const tags = Array.from({ length: MAX_ROUTED_REASONS + 3 }, (_, i) =>
      ev("system", { type: "tag_added", tag: `t${i}`, routedBy: byRule }),
    );
    const c = project("c_k", "support@x", [arrival, ...tags]);
    expect(c.routed).toHaveLength(MAX_ROUTED_REASONS);
    expect(c.routed?.at(-1)).toMatchObject({ tag: `t${MAX_ROUTED_REASONS + 2}` });
  });
});

describe("waiting for someone available (routing_waited)", () => {
  const offShift = [
    { member: "ana@x", reason: "off_shift" as const },
    { member: "ben@x", reason: "away" as const },
  ];
  const waited = (skipped = offShift) =>
    ev("system", { type: "routing_waited", routedBy: { strategy: "round_robin", skipped } });

  it("is kept on the conversation while it waits, and replaced by the assignment that ends it", () => {
    const waiting = project("c_k", "support@x", [arrival, waited()]);
    expect(waiting.routed).toEqual([expect.objectContaining({ type: "routing_waited" })]);
    expect(waiting.assignee).toBeNull();
    const assigned = project("c_k", "support@x", [arrival, waited(), routedAssign]);
    expect(assigned.routed?.map((r) => r.type)).toEqual(["assigned"]);
  });

  it("is retired by a person's claim", () => {
    const claimed = project("c_k", "support@x", [
      arrival,
      waited(),
      ev("ana@x", { type: "claimed", assignee: "ana@x" }),
    ]);
    expect(claimed.routed).toEqual([]);
  });

  it("changes only when the people passed over or their reasons change (in any order)", () => {
    const routed = project("c_k", "support@x", [arrival, waited()]).routed;
    expect(waitingChanged(routed, [...offShift].reverse())).toBe(false);
    expect(waitingChanged(routed, [{ member: "ana@x", reason: "off_shift" }])).toBe(true);
    expect(
      waitingChanged(routed, [...offShift.slice(0, 1), { member: "ben@x", reason: "at_capacity" }]),
    ).toBe(true);
    expect(waitingChanged(undefined, [])).toBe(true);
  });
});
