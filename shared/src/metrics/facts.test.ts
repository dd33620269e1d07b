import type { ConversationEvent } from "../conversation/types";
import { DEFAULT_SLA_POLICY } from "../sla/policy";
import { AMS, ams, HOUR, inbound, outbound, status } from "../../test/sla/fixtures";
import { conversationFacts } from "./facts";

const facts = (events: ConversationEvent[]) => conversationFacts(events, DEFAULT_SLA_POLICY, AMS);

describe("conversationFacts", () => {
  it("has no facts for an empty log", () => {
    expect(facts([]).inbound).toEqual([]);
    expect(facts([]).firstAt).toBeNull();
  });

  it("leaves out first response for a conversation the team started", () => {
    const f = facts([outbound(ams("2026-03-30 10:00")), inbound(ams("2026-03-30 11:00"))]);
    expect(f.firstReply).toBeNull();
    expect(f.firstInboundAt).toBe(ams("2026-03-30 11:00"));
  });

  it("excludes a conversation resolved without a reply from first response, yet counts the clock met", () => {
    const f = facts([inbound(ams("2026-03-30 10:00")), status(ams("2026-03-30 11:00"), "open", "resolved")]);
    expect(f.firstReply).toBeNull();
    expect(f.clockOutcomes.map((o) => [o.clock, o.outcome])).toEqual([
      ["first_response", "met"],
      ["resolution", "met"],
    ]);
  });

  it("does not count time waiting on the customer as business first-response time", () => {
    // 09:00–10:00 runs (1 h), pending 10:00–14:00, runs 14:00–15:00 (1 h): 2 business hours, 6 wall.
    const f = facts([
      inbound(ams("2026-03-30 09:00")),
      status(ams("2026-03-30 10:00"), "open", "pending"),
      status(ams("2026-03-30 14:00"), "pending", "open"),
      outbound(ams("2026-03-30 15:00")),
    ]);
    expect(f.firstReply).toMatchObject({ businessMs: 2 * HOUR, wallMs: 6 * HOUR });
  });

  it("dates a breach at its due instant, even while the clock still runs", () => {
    // Normal first response: 4 business hours from Monday 09:00 is due 13:00; the log ends at 15:00.
    const f = facts([inbound(ams("2026-03-30 09:00")), status(ams("2026-03-30 15:00"), "open", "snoozed")]);
    const breach = f.clockOutcomes.find((o) => o.clock === "first_response");
    expect(breach).toMatchObject({ outcome: "breached", at: ams("2026-03-30 13:00"), agent: "_unassigned" });
  });
});
