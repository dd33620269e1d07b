// Next response: a customer message after a reply (or after a resolution stopped the reply clock)
// starts a new cycle, numbered on from the first response: 2, 3, ...; the next reply stops it.
// Calendar AMS: Mon–Fri 09:00–17:00 Europe/Amsterdam, 2026-12-25 closed. Normal tier: 4h, warn at 3h.
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaHistory, slaState } from "./sla-state";
import { AMS, HOUR, MINUTE, ams, clockIn, inbound, outbound, status } from "../../test/sla/fixtures";

const next = (events: Parameters<typeof slaState>[0], now: number) =>
  clockIn(slaState(events, POLICY, AMS, now).clocks, "next_response");

describe("next response", () => {
  const conversation = [
    inbound(ams("2026-03-23 09:00"), undefined, "q1"),
    outbound(ams("2026-03-23 10:00")),
    inbound(ams("2026-03-23 11:00"), undefined, "q2"),
    inbound(ams("2026-03-23 11:30"), undefined, "q3"),
    outbound(ams("2026-03-23 12:00")),
    inbound(ams("2026-03-23 13:00"), undefined, "q4"),
  ];

  it("does not exist before the customer writes again", () => {
    const kinds = slaState(conversation.slice(0, 2), POLICY, AMS, ams("2026-03-23 10:30")).clocks.map(
      (c) => c.kind,
    );
    expect(kinds).toEqual(["first_response", "resolution"]);
  });

  it("starts a cycle per customer message after a reply and reports only the latest", () => {
    // Cycle 3 from q4 at 13:00, now 14:00: 1h used, 3h left. 13:00 + 4h is exactly 17:00, and the
    // latest instant with 4h used is Tue 09:00: due then. Warn at 14:00 + 2h = 16:00.
    expect(next(conversation, ams("2026-03-23 14:00"))).toMatchObject({
      cycle: 3,
      startedBy: "q4",
      state: "running",
      usedMs: HOUR,
      dueAt: ams("2026-03-24 09:00"),
      warnAt: ams("2026-03-23 16:00"),
    });
  });

  it("keeps earlier cycles in the history; a second message while one runs starts nothing", () => {
    const cycles = slaHistory(conversation, POLICY, AMS, ams("2026-03-23 14:00")).filter(
      (c) => c.kind === "next_response",
    );
    // Cycle 2: q2 11:00 -> reply 12:00 = 1h, met. q3 at 11:30 started nothing.
    expect(cycles.map((c) => [c.cycle, c.startedBy, c.state, c.usedMs])).toEqual([
      [2, "q2", "met", HOUR],
      [3, "q4", "running", HOUR],
    ]);
  });

  it("spring-forward: a Friday-afternoon message is due on Monday in summer time", () => {
    // Reply Fri 03-27 16:00, customer 16:30: 30m Friday, 3h30m from Mon 03-30 09:00 -> 12:30 (UTC+2).
    const events = [
      inbound(ams("2026-03-27 15:00")),
      outbound(ams("2026-03-27 16:00")),
      inbound(ams("2026-03-27 16:30")),
    ];
    expect(next(events, ams("2026-03-28 10:00"))).toMatchObject({
      usedMs: 30 * MINUTE,
      dueAt: ams("2026-03-30 12:30"),
    });
  });

  it("fall-back: a Friday-afternoon message is due on Monday in winter time", () => {
    const events = [
      inbound(ams("2026-10-23 15:00")),
      outbound(ams("2026-10-23 16:00")),
      inbound(ams("2026-10-23 16:30")),
    ];
    expect(next(events, ams("2026-10-25 02:30"))).toMatchObject({
      usedMs: 30 * MINUTE,
      dueAt: ams("2026-10-26 12:30"),
    });
  });

  it("holiday: skips Christmas Day", () => {
    // Customer Thu 12-24 16:00: 1h Thursday, 3h from Mon 12-28 09:00 -> 12:00.
    const events = [
      inbound(ams("2026-12-24 09:00")),
      outbound(ams("2026-12-24 10:00")),
      inbound(ams("2026-12-24 16:00")),
    ];
    expect(next(events, ams("2026-12-25 12:00")).dueAt).toBe(ams("2026-12-28 12:00"));
  });

  it("runs from the customer's reply to a pending conversation, and pauses when set pending again", () => {
    // Pending 10:00; the customer replies 11:00 (reopens it, as the state machine does): cycle 2
    // runs 11:00-11:30 (30m), then the agent asks a question and sets pending again.
    const events = [
      inbound(ams("2026-03-23 09:00")),
      outbound(ams("2026-03-23 10:00")),
      status(ams("2026-03-23 10:00"), "open", "pending"),
      inbound(ams("2026-03-23 11:00")),
      status(ams("2026-03-23 11:00"), "pending", "open"),
    ];
    expect(next(events, ams("2026-03-23 11:30"))).toMatchObject({ state: "running", usedMs: 30 * MINUTE });
    const again = [...events, status(ams("2026-03-23 11:30"), "open", "pending")];
    expect(next(again, ams("2026-03-23 12:00"))).toMatchObject({
      state: "paused",
      usedMs: 30 * MINUTE,
      pausedReason: "pending",
      dueAt: null,
      warnAt: null,
    });
  });

  it("stops when the conversation is resolved, and a later message starts a new cycle", () => {
    // Cycle 2 from 11:00, resolved 12:00: 1h, met. Customer again 14:00 (reopens): cycle 3.
    const events = [
      inbound(ams("2026-03-23 09:00")),
      outbound(ams("2026-03-23 10:00")),
      inbound(ams("2026-03-23 11:00")),
      status(ams("2026-03-23 12:00"), "open", "resolved"),
      inbound(ams("2026-03-23 14:00"), undefined, "again"),
    ];
    const cycles = slaHistory(events, POLICY, AMS, ams("2026-03-23 15:00")).filter(
      (c) => c.kind === "next_response",
    );
    expect(cycles.map((c) => [c.cycle, c.state, c.usedMs, c.startedBy])).toEqual([
      [2, "met", HOUR, cycles[0]!.startedBy],
      [3, "running", HOUR, "again"],
    ]);
  });

  it("starts when the first response was stopped by a resolution without a reply", () => {
    const events = [
      inbound(ams("2026-03-23 09:00")),
      status(ams("2026-03-23 09:30"), "open", "resolved"),
      inbound(ams("2026-03-23 10:00"), undefined, "still-broken"),
    ];
    expect(next(events, ams("2026-03-23 10:30"))).toMatchObject({
      cycle: 2,
      startedBy: "still-broken",
      usedMs: 30 * MINUTE,
    });
  });
});
