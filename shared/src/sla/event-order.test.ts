// Events are replayed in effective order (messages by sentAt, everything else by at), whatever
// order the log holds them in; events after `now` have not happened yet.
// Calendar AMS: Mon–Fri 09:00–17:00 Europe/Amsterdam. Normal tier: 4h / 24h.
import type { ConversationEvent } from "../conversation/types";
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaHistory, slaState } from "./sla-state";
import { AMS, HOUR, ams, clockIn, inbound, outbound, status } from "../../test/sla/fixtures";

const state = (events: ConversationEvent[], now: number) => slaState(events, POLICY, AMS, now);

describe("event order", () => {
  it("replays a message reported late at the instant it was sent", () => {
    // The reply (10:00) was logged before the question it answers (sent 09:00, reported 11:00).
    const events = [
      outbound(ams("2026-03-23 10:00")),
      inbound(ams("2026-03-23 09:00"), ams("2026-03-23 11:00")),
    ];
    expect(clockIn(state(events, ams("2026-03-23 12:00")).clocks, "first_response")).toMatchObject({
      state: "met",
      startedAt: ams("2026-03-23 09:00"),
      usedMs: HOUR,
    });
  });

  it("gives the same answer for any order of the same log", () => {
    const events = [
      inbound(ams("2026-03-23 09:00"), ams("2026-03-23 09:40")),
      outbound(ams("2026-03-23 10:00")),
      status(ams("2026-03-23 10:00") + 1, "open", "pending"),
      inbound(ams("2026-03-23 11:00"), ams("2026-03-23 14:00")),
      status(ams("2026-03-23 12:00"), "pending", "open"),
    ];
    const now = ams("2026-03-23 15:00");
    const expected = state(events, now);
    expect(state([...events].reverse(), now)).toEqual(expected);
    expect(state([events[3]!, events[1]!, events[4]!, events[0]!, events[2]!], now)).toEqual(expected);
  });

  it("a message the customer sent before the resolution does not reopen it, even reported after", () => {
    const events = [
      inbound(ams("2026-03-23 09:00")),
      status(ams("2026-03-23 10:05"), "open", "resolved"),
      inbound(ams("2026-03-23 10:00"), ams("2026-03-23 10:10")),
    ];
    const cycles = slaHistory(events, POLICY, AMS, ams("2026-03-23 11:00")).filter(
      (c) => c.kind === "resolution",
    );
    expect(cycles.map((c) => [c.cycle, c.state, c.stoppedAt])).toEqual([[1, "met", ams("2026-03-23 10:05")]]);
  });

  it("a message sent after the resolution but reported late reopens from when it was sent", () => {
    const events = [
      inbound(ams("2026-03-23 09:00")),
      status(ams("2026-03-23 10:00"), "open", "resolved"),
      inbound(ams("2026-03-23 11:00"), ams("2026-03-23 14:00"), "late"),
    ];
    expect(clockIn(state(events, ams("2026-03-23 14:00")).clocks, "resolution")).toMatchObject({
      cycle: 2,
      startedBy: "late",
      startedAt: ams("2026-03-23 11:00"),
      usedMs: 3 * HOUR,
    });
  });

  it("ignores what had not happened by now, so past states can be recomputed", () => {
    const events = [inbound(ams("2026-03-23 09:00")), outbound(ams("2026-03-23 11:00"))];
    expect(clockIn(state(events, ams("2026-03-23 10:00")).clocks, "first_response")).toMatchObject({
      state: "running",
      usedMs: HOUR,
    });
    expect(state(events, ams("2026-03-23 08:00")).clocks).toEqual([]);
  });

  it("is not moved by the SLA's own warned/breached/escalated events", () => {
    const base = [inbound(ams("2026-03-23 09:00"))];
    const withAlerts: ConversationEvent[] = [
      ...base,
      {
        id: "w",
        at: ams("2026-03-23 12:00"),
        actor: "system",
        type: "sla_warned",
        clock: "first_response",
        cycle: 1,
        dueAt: 0,
      },
      {
        id: "b",
        at: ams("2026-03-23 13:00"),
        actor: "system",
        type: "sla_breached",
        clock: "first_response",
        cycle: 1,
        dueAt: 0,
      },
      {
        id: "x",
        at: ams("2026-03-23 13:00"),
        actor: "system",
        type: "sla_escalated",
        clock: "first_response",
        cycle: 1,
        notified: [],
      },
    ];
    const now = ams("2026-03-23 14:00");
    expect(state(withAlerts, now)).toEqual(state(base, now));
  });
});
