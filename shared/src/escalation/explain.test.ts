// explainSla over AMS (Mon–Fri 09:00–17:00 Amsterdam). Normal tier: first response 4h.
import type { ConversationEvent } from "../conversation/types";
import { DEFAULT_SLA_POLICY } from "../sla/policy";
import { AMS, HOUR, ams, inbound, outbound, status } from "../../test/sla/fixtures";
import { explainSla } from "./explain";
import { ANA, BEN, assigned, claimed } from "../../test/escalation/fixtures";

describe("explainSla", () => {
  // Mon 10:00 question (msg-q); Ana claims 10:05; pending 11:00–12:00; Lena assigns Ben 13:00;
  // reply 14:00; warning recorded at 13:30. First response used 10–11 + 12–14 = 3h of 4h: met.
  const warned: ConversationEvent = {
    id: "sla.c_x.first_response.1.warned",
    at: ams("2026-03-23 14:00") - 1,
    actor: "system",
    type: "sla_warned",
    clock: "first_response",
    cycle: 1,
    dueAt: ams("2026-03-23 15:00"),
  };
  const events: ConversationEvent[] = [
    inbound(ams("2026-03-23 10:00"), ams("2026-03-23 10:00"), "msg-q"),
    claimed(ams("2026-03-23 10:05"), ANA),
    status(ams("2026-03-23 11:00"), "open", "pending"),
    status(ams("2026-03-23 12:00"), "pending", "open"),
    assigned(ams("2026-03-23 13:00"), BEN, ANA),
    warned,
    outbound(ams("2026-03-23 14:00"), ams("2026-03-23 14:00"), "msg-r"),
  ];
  const result = explainSla(events, DEFAULT_SLA_POLICY, AMS, ams("2026-03-23 16:00"), AMS.timeZone);
  const first = result.clocks.find((c) => c.clock.kind === "first_response");

  it("names the message that started the clock and the reply that stopped it", () => {
    expect(first?.clock).toMatchObject({ state: "met", usedMs: 3 * HOUR });
    expect(first?.startedBy).toMatchObject({ messageId: "msg-q", type: "message_received" });
    expect(first?.stoppedBy).toMatchObject({ messageId: "msg-r", type: "message_sent" });
  });

  it("tells when it ran and when it paused, and why", () => {
    expect(first?.lines.join("\n")).toMatch(/paused — waiting on customer/);
    expect(first?.lines[0]).toBe("Target 4 h · used 3 h · met Mon 23 Mar 14:00");
    expect(first?.lines[1]).toMatch(/^ran Mon 23 Mar 10:00–11:00 \(1 h\)/);
  });

  it("lists who held the conversation during the clock", () => {
    expect(first?.holders).toEqual([
      { assignee: null, from: ams("2026-03-23 10:00"), to: ams("2026-03-23 10:05") },
      { assignee: ANA, from: ams("2026-03-23 10:05"), to: ams("2026-03-23 13:00") },
      { assignee: BEN, from: ams("2026-03-23 13:00"), to: ams("2026-03-23 14:00") },
    ]);
  });

  it("attaches the SLA facts recorded for that cycle", () => {
    expect(first?.recorded).toEqual([{ eventId: warned.id, kind: "warned", at: warned.at, notified: [] }]);
    const resolution = result.clocks.find((c) => c.clock.kind === "resolution");
    expect(resolution?.recorded).toEqual([]);
    expect(resolution?.stoppedBy).toBeNull();
  });
});
