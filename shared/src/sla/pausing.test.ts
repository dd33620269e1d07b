// Pausing: while the status is one of policy.pauseStatuses every running clock accrues nothing and
// reports state "paused". Outside business hours a clock is still "running" but accrues nothing.
// Calendar AMS: Mon–Fri 09:00–17:00 Europe/Amsterdam, 2026-12-25 closed. Normal tier: 4h / 24h.
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaState } from "./sla-state";
import { AMS, HOUR, ams, clockIn, inbound, outbound, status } from "../../test/sla/fixtures";

const resolution = (events: Parameters<typeof slaState>[0], now: number, policy = POLICY) =>
  clockIn(slaState(events, policy, AMS, now).clocks, "resolution");

describe("pausing", () => {
  const waiting = [
    inbound(ams("2026-03-23 09:00")),
    outbound(ams("2026-03-23 10:00")),
    status(ams("2026-03-23 10:00"), "open", "pending"),
    inbound(ams("2026-03-23 13:00")),
    status(ams("2026-03-23 13:00"), "pending", "open"),
  ];

  it("accrues nothing while waiting on the customer", () => {
    // 09-10 ran (1h), 10-13 pending, 13-15 ran (2h): 3h used.
    const clock = resolution(waiting, ams("2026-03-23 15:00"));
    expect(clock.usedMs).toBe(3 * HOUR);
    expect(clock.timeline).toEqual([
      { kind: "ran", from: ams("2026-03-23 09:00"), to: ams("2026-03-23 10:00"), usedMs: HOUR },
      {
        kind: "paused",
        reason: "pending",
        from: ams("2026-03-23 10:00"),
        to: ams("2026-03-23 13:00"),
        usedMs: 0,
      },
      { kind: "ran", from: ams("2026-03-23 13:00"), to: ams("2026-03-23 15:00"), usedMs: 2 * HOUR },
    ]);
  });

  it("reports paused with no deadlines while the status pauses it", () => {
    const state = slaState(waiting.slice(0, 3), POLICY, AMS, ams("2026-03-23 12:00"));
    expect(clockIn(state.clocks, "resolution")).toMatchObject({
      state: "paused",
      usedMs: HOUR,
      leftMs: 23 * HOUR,
      dueAt: null,
      warnAt: null,
      pausedReason: "pending",
      resumesAt: null,
    });
    expect(state.nextCheckAt).toBeNull();
  });

  it("snoozed: pauses across Christmas", () => {
    // Thu 12-24 09-10 ran (1h); snoozed 10:00 -> Mon 12-28 10:00; ran 10-12 (2h): 3h used.
    const events = [
      inbound(ams("2026-12-24 09:00")),
      status(ams("2026-12-24 10:00"), "open", "snoozed"),
      status(ams("2026-12-28 10:00"), "snoozed", "open"),
    ];
    const clock = resolution(events, ams("2026-12-28 12:00"));
    expect(clock.usedMs).toBe(3 * HOUR);
    expect(clock.timeline.map((s) => [s.kind, s.reason])).toEqual([
      ["ran", undefined],
      ["paused", "snoozed"],
      ["ran", undefined],
    ]);
    expect(resolution(events.slice(0, 2), ams("2026-12-25 12:00")).pausedReason).toBe("snoozed");
  });

  it("spring-forward: a pause over 2026-03-29 is an hour shorter than the wall clock says", () => {
    // Ran Fri 03-27 09-12 (3h); pending Fri 12:00 -> Mon 03-30 11:00 = 71 wall hours, 70 real;
    // ran Mon 11-12 (1h): 4h used.
    const events = [
      inbound(ams("2026-03-27 09:00")),
      status(ams("2026-03-27 12:00"), "open", "pending"),
      status(ams("2026-03-30 11:00"), "pending", "open"),
    ];
    const clock = resolution(events, ams("2026-03-30 12:00"));
    expect(clock.usedMs).toBe(4 * HOUR);
    const pause = clock.timeline[1]!;
    expect(pause.to - pause.from).toBe(70 * HOUR);
  });

  it("fall-back: a pause over 2026-10-25 is an hour longer than the wall clock says", () => {
    const events = [
      inbound(ams("2026-10-23 09:00")),
      status(ams("2026-10-23 12:00"), "open", "pending"),
      status(ams("2026-10-26 11:00"), "pending", "open"),
    ];
    const clock = resolution(events, ams("2026-10-26 12:00"));
    expect(clock.usedMs).toBe(4 * HOUR);
    expect(clock.timeline[1]!.to - clock.timeline[1]!.from).toBe(72 * HOUR);
  });

  it("outside business hours: running, accruing nothing, resuming at the next opening", () => {
    const clock = resolution([inbound(ams("2026-03-27 16:00"))], ams("2026-03-28 11:00"));
    expect(clock).toMatchObject({
      state: "running",
      usedMs: HOUR,
      pausedReason: "outside_business_hours",
      resumesAt: ams("2026-03-30 09:00"),
    });
  });

  it("a status pause outside business hours is reported as the status", () => {
    const events = [inbound(ams("2026-03-23 16:00")), status(ams("2026-03-23 16:30"), "open", "pending")];
    expect(resolution(events, ams("2026-03-23 20:00"))).toMatchObject({
      pausedReason: "pending",
      resumesAt: null,
    });
  });

  it("a breached clock stays breached while paused, with the instant it breached", () => {
    // Urgent-like policy: resolution 1h. Ran 09:00-11:00 (breached at 10:00), then pending.
    const policy = structuredClone(POLICY);
    policy.tiers.normal.resolutionMinutes = 60;
    const events = [inbound(ams("2026-03-23 09:00")), status(ams("2026-03-23 11:00"), "open", "pending")];
    expect(resolution(events, ams("2026-03-23 12:00"), policy)).toMatchObject({
      state: "breached",
      pausedReason: "pending",
      dueAt: ams("2026-03-23 10:00"),
      leftMs: -HOUR,
    });
  });

  it("ends the pause when the customer's message was sent, not when it was reported", () => {
    // Pending from 10:00; the customer wrote at 11:00 but no sidebar reported it until 12:30, when the
    // state machine logged pending -> open. 09-10 ran (1h), 10-11 pending, 11-13 ran (2h): 3h used.
    const events = [
      inbound(ams("2026-03-23 09:00")),
      status(ams("2026-03-23 10:00"), "open", "pending"),
      inbound(ams("2026-03-23 11:00"), ams("2026-03-23 12:30")),
      status(ams("2026-03-23 12:30"), "pending", "open"),
    ];
    const clock = resolution(events, ams("2026-03-23 13:00"));
    expect(clock).toMatchObject({ state: "running", usedMs: 3 * HOUR, pausedReason: null });
    expect(clock.timeline.map((s) => [s.kind, s.from, s.to])).toEqual([
      ["ran", ams("2026-03-23 09:00"), ams("2026-03-23 10:00")],
      ["paused", ams("2026-03-23 10:00"), ams("2026-03-23 11:00")],
      ["ran", ams("2026-03-23 11:00"), ams("2026-03-23 13:00")],
    ]);
  });

  it("wakes a snoozed conversation on a customer message even before the wake-up is logged", () => {
    // Snoozed 10:00; the customer writes 11:00 (the log has no status change yet): runs from 11:00.
    const events = [
      inbound(ams("2026-03-23 09:00")),
      status(ams("2026-03-23 10:00"), "open", "snoozed"),
      inbound(ams("2026-03-23 11:00")),
    ];
    expect(resolution(events, ams("2026-03-23 12:00"))).toMatchObject({ state: "running", usedMs: 2 * HOUR });
  });

  it("does not pause on statuses the policy leaves out", () => {
    const policy = { ...POLICY, pauseStatuses: [] };
    expect(resolution(waiting, ams("2026-03-23 15:00"), policy).usedMs).toBe(6 * HOUR);
  });
});
