import type { ConversationEvent, ConversationEventBody } from "../conversation/types";
import { explainRoutedEvent, explainWaiting } from "./explain";

const names = new Map([
  ["ana@x.test", "Ana"],
  ["ben@x.test", "Ben"],
  ["chen@x.test", "Chen"],
]);
const ev = (body: ConversationEventBody, actor = "system"): ConversationEvent => ({
  id: "e1",
  at: 0,
  actor,
  ...body,
});
const invoices = { rule: { id: "invoices", name: "Invoices" } };

describe("explainRoutedEvent", () => {
  it("says who got it, by which strategy, and who was passed over", () => {
    const assigned = ev({
      type: "assigned",
      assignee: "ana@x.test",
      previous: null,
      routedBy: {
        strategy: "round_robin",
        skipped: [
          { member: "ben@x.test", reason: "away" },
          { member: "chen@x.test", reason: "at_capacity" },
        ],
      },
    });
    expect(explainRoutedEvent(assigned, names)).toBe(
      "Assigned to Ana by round-robin (Ben away, Chen at capacity)",
    );
  });

  it("names the rule behind a tag, a move, a priority, a close and an assignment", () => {
    expect(explainRoutedEvent(ev({ type: "tag_added", tag: "billing", routedBy: invoices }))).toBe(
      "Tagged billing by rule 'Invoices'",
    );
    expect(
      explainRoutedEvent(
        ev({ type: "mailbox_moved", from: "support@acme.test", to: "billing@acme.test", routedBy: invoices }),
      ),
    ).toBe("Moved to billing@ by rule 'Invoices'");
    expect(
      explainRoutedEvent(ev({ type: "priority_changed", from: "normal", to: "high", routedBy: invoices })),
    ).toBe("Priority set to high by rule 'Invoices'");
    expect(
      explainRoutedEvent(ev({ type: "status_changed", from: "open", to: "resolved", routedBy: invoices })),
    ).toBe("Closed by rule 'Invoices'");
    expect(
      explainRoutedEvent(
        ev({
          type: "assigned",
          assignee: "ana@x.test",
          previous: null,
          routedBy: { ...invoices, strategy: "load_balanced" },
        }),
        names,
      ),
    ).toBe("Assigned to Ana by load balancing for rule 'Invoices'");
    expect(
      explainRoutedEvent(
        ev({ type: "assigned", assignee: "dara@x.test", previous: null, routedBy: invoices }),
        names,
      ),
    ).toBe("Assigned to dara@x.test by rule 'Invoices'");
  });

  it("says a rebalance moved it from someone", () => {
    const rebalanced = ev({
      type: "assigned",
      assignee: "ben@x.test",
      previous: "ana@x.test",
      routedBy: {
        rebalancedFrom: "ana@x.test",
        strategy: "round_robin",
        skipped: [{ member: "chen@x.test", reason: "off_shift" }],
      },
    });
    expect(explainRoutedEvent(rebalanced, names)).toBe(
      "Reassigned from Ana to Ben by round-robin (Chen off shift)",
    );
  });

  it("explains nothing a person did", () => {
    expect(
      explainRoutedEvent(ev({ type: "assigned", assignee: "ana@x.test", previous: null }, "ben@x.test")),
    ).toBeNull();
    expect(explainRoutedEvent(ev({ type: "claimed", assignee: "ana@x.test" }, "ana@x.test"))).toBeNull();
  });
});

describe("explainWaiting", () => {
  it("says nobody is available and why", () => {
    expect(
      explainWaiting(
        [
          { member: "ana@x.test", reason: "off_shift" },
          { member: "ben@x.test", reason: "away" },
        ],
        names,
      ),
    ).toBe("Waiting: nobody available (Ana off shift, Ben away)");
    expect(explainWaiting([])).toBe("Waiting: no agents to assign it to");
  });
});
