import type { Conversation, SlaState } from "@baton/shared";
import { clockFixture } from "../test-support/view-fixture";
import { computeView, tickText } from "./compute-view";

const now = Date.UTC(2026, 2, 9, 10, 0, 0);
const conversation: Conversation = {
  key: "c_0123456789abcdef",
  mailbox: "support@demo.baton.test",
  subject: "Refund",
  status: "open",
  priority: "normal",
  assignee: "ana@demo.baton.test",
  assignedAt: now - 2000,
  tags: [],
  notes: [],
  createdAt: now - 3_600_000,
  lastInboundAt: now - 3_600_000,
  lastOutboundAt: null,
  lastReplyBy: null,
  snoozedUntil: null,
  messageCount: 1,
  recentRequestIds: [],
  updatedAt: now - 2000,
};
const sla: SlaState = { priority: "normal", clocks: [], nextCheckAt: null };
const identity = {
  email: "ben@demo.baton.test",
  role: "agent",
  org: "demo",
  members: [
    { email: "ana@demo.baton.test", name: "Ana", role: "agent" },
    { email: "ben@demo.baton.test", name: "Ben", role: "agent" },
  ],
  mailboxes: ["support@demo.baton.test"],
};

describe("computeView (shared sidebarView over a live snapshot)", () => {
  it("renders the teammate's ownership and presence from the snapshot", () => {
    const view = computeView({
      conversation,
      sla,
      identity,
      presence: [{ email: "ana@demo.baton.test", state: "viewing", at: now - 1000 }],
      nowMs: now,
      timeZone: "UTC",
    });
    expect(view?.ownerEmail).toBe("ana@demo.baton.test");
    expect(view?.ownedByMe).toBe(false);
    expect(view?.ownerLine).toMatch(/^Ana/);
    expect(view?.presenceLine).toMatch(/Ana/);
  });

  it("needs a full SLA state (the projection's summary is not enough)", () => {
    const base = { conversation, identity, presence: [], nowMs: now, timeZone: "UTC" };
    expect(computeView({ ...base, sla: { nextCheckAt: 1 } })).toBeNull();
    expect(computeView({ ...base, conversation: null, sla })).toBeNull();
  });
});

describe("tickText", () => {
  it("counts a running clock down to the second from its deadline", () => {
    const clock = clockFixture({
      asOf: now,
      dueAt: now + 42 * 60_000 + 10_000,
      leftMs: 42 * 60_000 + 10_000,
    });
    const tick = tickText("UTC");
    const first = tick(clock, now);
    const second = tick(clock, now + 1000);
    expect(first).toMatch(/— 42 min 10 s left$/);
    expect(second).toMatch(/— 42 min 9 s left$/);
  });
});
