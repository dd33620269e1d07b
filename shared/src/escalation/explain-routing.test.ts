// explainSla's routing lines over AMS (Mon–Fri 09:00–17:00 Amsterdam).
import type { ConversationEvent } from "../conversation/types";
import { DEFAULT_SLA_POLICY } from "../sla/policy";
import { describeRoutedEvent } from "../sla/describe-timeline";
import { AMS, ams, inbound, outbound } from "../../test/sla/fixtures";
import { explainSla } from "./explain";

const invoices = { rule: { id: "invoices", name: "Invoices" } };
const routed = (at: number, body: Record<string, unknown>, id: string): ConversationEvent =>
  ({ id, at, actor: "system", ...body }) as ConversationEvent;

describe("explainSla's routing lines", () => {
  const t = ams("2026-03-23 10:02");
  const events: ConversationEvent[] = [
    inbound(ams("2026-03-23 10:02"), ams("2026-03-23 10:02"), "msg-q"),
    routed(
      t,
      { type: "mailbox_moved", from: "support@x.test", to: "billing@x.test", routedBy: invoices },
      "r1",
    ),
    routed(t, { type: "tag_added", tag: "billing", routedBy: invoices }, "r2"),
    routed(
      t,
      {
        type: "assigned",
        assignee: "ana@x.test",
        previous: null,
        routedBy: { strategy: "round_robin", skipped: [{ member: "ben@x.test", reason: "away" }] },
      },
      "r3",
    ),
    // A person's tag: no routing line.
    { id: "p1", at: t + 60_000, actor: "ana@x.test", type: "tag_added", tag: "vip" },
    outbound(ams("2026-03-23 11:00"), ams("2026-03-23 11:00"), "msg-r"),
    routed(
      ams("2026-03-23 12:00"),
      { type: "priority_changed", from: "normal", to: "high", routedBy: invoices },
      "r4",
    ),
  ];
  const names = new Map([["ana@x.test", "Ana"]]);
  const result = explainSla(events, DEFAULT_SLA_POLICY, AMS, ams("2026-03-23 16:00"), AMS.timeZone, names);

  it("lists every routing decision with its time, rule or strategy, and who was passed over", () => {
    expect(result.routing).toEqual([
      "Mon 23 Mar 10:02 Moved to billing@ by rule 'Invoices'",
      "Mon 23 Mar 10:02 Tagged billing by rule 'Invoices'",
      "Mon 23 Mar 10:02 Assigned to Ana by round-robin (ben@x.test away)",
      "Mon 23 Mar 12:00 Priority set to high by rule 'Invoices'",
    ]);
  });

  it("puts in each cycle the decisions made while it ran", () => {
    const first = result.clocks.find((c) => c.clock.kind === "first_response");
    expect(first?.routing).toEqual(result.routing.slice(0, 3));
  });

  it("writes addresses where no names are given, and nothing for an event a person made", () => {
    expect(describeRoutedEvent(events[3] as ConversationEvent, AMS.timeZone)).toBe(
      "Mon 23 Mar 10:02 Assigned to ana@x.test by round-robin (ben@x.test away)",
    );
    expect(describeRoutedEvent(events[4] as ConversationEvent, AMS.timeZone)).toBeNull();
  });
});
