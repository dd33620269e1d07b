import type { AvailabilityContext } from "./availability";
import { planRebalance, type MailboxRouting, type OpenConversation } from "./rebalance";
import type { Candidate } from "./strategies";
import { waitingOrder } from "./waiting-order";

const NOW = Date.UTC(2026, 2, 2, 12, 0);
const context: AvailabilityContext = {
  calendar: { timeZone: "UTC", weekly: {} },
  capacity: { maxOpen: 2, perPriority: {} },
  anyHour: true,
  onCall: null,
};
const agent = (name: string, awayUntil: number | null = null): Candidate => ({
  member: { email: `${name}@x.test`, role: "agent", availability: { awayUntil, skills: [] } },
  load: {},
});
const conversation = (
  key: string,
  arrivedAt: number,
  dueAt: number | null,
  mailbox = "support",
): OpenConversation => ({
  key,
  mailbox,
  arrivedAt,
  dueAt,
  priority: "normal",
  tags: [],
});
const support = (extra: Partial<MailboxRouting> = {}): MailboxRouting => ({
  strategy: "round_robin",
  rebalanceTo: "strategy",
  lead: "lea@x.test",
  candidates: [agent("ana", NOW + 1), agent("ben"), agent("chen")],
  context,
  state: { roundRobinCursor: null },
  ...extra,
});

describe("waitingOrder", () => {
  it("puts the earliest deadline first, those without one last, then arrival, then key", () => {
    const order = waitingOrder([
      conversation("c_late", 1, null),
      conversation("c_b", 5, 100),
      conversation("c_a", 5, 100),
      conversation("c_first", 9, 50),
      conversation("c_early", 0, null),
    ]);
    expect(order.map((c) => c.key)).toEqual(["c_first", "c_a", "c_b", "c_early", "c_late"]);
  });
});

describe("planRebalance", () => {
  it("offers the departed member's conversations to the strategy, most urgent first, within caps", () => {
    const plan = planRebalance(
      "ana@x.test",
      [
        conversation("c_1", 1, null),
        conversation("c_2", 2, 10),
        conversation("c_3", 3, null),
        conversation("c_4", 4, null),
        conversation("c_5", 5, null),
      ],
      new Map([["support", support()]]),
      NOW,
    );
    // Ben and Chen take turns from c_2 (earliest deadline) until both reach the cap of 2; c_5 waits.
    expect(plan.assignments.map((a) => [a.key, a.assignee])).toEqual([
      ["c_2", "ben@x.test"],
      ["c_1", "chen@x.test"],
      ["c_3", "ben@x.test"],
      ["c_4", "chen@x.test"],
      ["c_5", null],
    ]);
    expect(plan.assignments[0]?.routedBy).toEqual({
      rebalancedFrom: "ana@x.test",
      strategy: "round_robin",
      skipped: [],
    });
    expect(plan.notices).toEqual([
      { member: "ben@x.test", keys: ["c_2", "c_3"] },
      { member: "chen@x.test", keys: ["c_1", "c_4"] },
    ]);
    expect(plan.nextStates.get("support")).toEqual({ roundRobinCursor: "chen@x.test" });
  });

  it("gives them to the lead when the mailbox says so, with one notice", () => {
    const plan = planRebalance(
      "ana@x.test",
      [conversation("c_1", 1, null), conversation("c_2", 2, null)],
      new Map([["support", support({ rebalanceTo: "lead" })]]),
      NOW,
    );
    expect(plan.assignments.map((a) => a.assignee)).toEqual(["lea@x.test", "lea@x.test"]);
    expect(plan.notices).toEqual([{ member: "lea@x.test", keys: ["c_1", "c_2"] }]);
  });

  it("falls back to the strategy when the lead is the one leaving, and releases under manual", () => {
    const leadLeaves = planRebalance(
      "lea@x.test",
      [conversation("c_1", 1, null)],
      new Map([["support", support({ rebalanceTo: "lead" })]]),
      NOW,
    );
    expect(leadLeaves.assignments[0]?.assignee).toBe("ben@x.test");
    const manual = planRebalance(
      "ben@x.test",
      [conversation("c_1", 1, null)],
      new Map([["support", support({ strategy: "manual" })]]),
      NOW,
    );
    expect(manual.assignments).toEqual([
      {
        key: "c_1",
        assignee: null,
        routedBy: { rebalancedFrom: "ben@x.test", strategy: "manual", skipped: [] },
      },
    ]);
    expect(manual.notices).toEqual([]);
  });
});
