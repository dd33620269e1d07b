import { applyEvents } from "./apply-event";
import { emptyConversation } from "./empty-conversation";
import { project } from "./project";
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

describe("routing events in the projection", () => {
  it("moves the conversation to the mailbox a rule named", () => {
    const c = project("c_k", "support@x", [
      arrival,
      ev("system", { type: "mailbox_moved", from: "support@x", to: "billing@x", routedBy: byRule }),
    ]);
    expect(c.mailbox).toBe("billing@x");
  });

  it("projects routed tags, priority and assignment like anyone's, without locking routing", () => {
    const c = project("c_k", "support@x", [
      arrival,
      ev("system", { type: "tag_added", tag: "billing", routedBy: byRule }),
      ev("system", { type: "priority_changed", from: "normal", to: "high", routedBy: byRule }),
      ev("system", {
        type: "assigned",
        assignee: "ana@x",
        previous: null,
        routedBy: { strategy: "round_robin", skipped: [{ member: "ben@x", reason: "away" }] },
      }),
    ]);
    expect(c).toMatchObject({ tags: ["billing"], priority: "high", assignee: "ana@x" });
    expect(c.routingLocked).toBeUndefined();
  });

  it.each([
    ["claims", ev("ben@x", { type: "claimed", assignee: "ben@x" })],
    ["assigns", ev("lead@x", { type: "assigned", assignee: "ben@x", previous: "ana@x" })],
    ["releases", ev("ana@x", { type: "released", previous: "ana@x" })],
  ])("locks routing once a person %s, and a later system assignment does not unlock it", (_, byPerson) => {
    const routed = ev("system", { type: "assigned", assignee: "ana@x", previous: null });
    const c = project("c_k", "support@x", [arrival, routed, byPerson]);
    expect(c.routingLocked).toBe(true);
    const again = ev("system", { type: "assigned", assignee: "dara@x", previous: null });
    expect(applyEvents(c, [again]).routingLocked).toBe(true);
  });

  it("does not lock routing for the system's own release (a rebalance)", () => {
    const state = emptyConversation("c_k", "support@x", "", T0);
    const c = applyEvents(state, [
      ev("system", { type: "assigned", assignee: "ana@x", previous: null }),
      ev("system", { type: "released", previous: "ana@x" }),
    ]);
    expect(c.routingLocked).toBeUndefined();
  });
});
