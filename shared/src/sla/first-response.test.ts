// First response: starts at the first inbound message, stops at the first reply after it; one cycle.
// Calendar AMS: Mon–Fri 09:00–17:00 Europe/Amsterdam, 2026-12-25 closed. Normal tier: 4h, warn at 75% = 3h.
import { slaState } from "./sla-state";
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import {
  AMS,
  AMS_SUNDAYS,
  HOUR,
  MINUTE,
  ams,
  clockIn,
  inbound,
  outbound,
  priority,
} from "../../test/sla/fixtures";

const first = (events: Parameters<typeof slaState>[0], now: number, cal = AMS) =>
  clockIn(slaState(events, POLICY, cal, now).clocks, "first_response");

describe("first response", () => {
  it("runs from the first inbound message", () => {
    // Mon 10:00 -> 11:00: 1h used, 3h left; due 11:00 + 3h = 14:00, warns at 11:00 + 2h = 13:00.
    const question = inbound(ams("2026-03-23 10:00"), ams("2026-03-23 10:00"), "msg-q");
    const clock = first([question], ams("2026-03-23 11:00"));
    expect(clock).toMatchObject({
      cycle: 1,
      state: "running",
      warning: false,
      startedBy: "msg-q",
      startedAt: ams("2026-03-23 10:00"),
      stoppedAt: null,
      targetMs: 4 * HOUR,
      usedMs: HOUR,
      leftMs: 3 * HOUR,
      dueAt: ams("2026-03-23 14:00"),
      warnAt: ams("2026-03-23 13:00"),
      pausedReason: null,
      resumesAt: null,
    });
    expect(clock.timeline).toEqual([
      { kind: "ran", from: ams("2026-03-23 10:00"), to: ams("2026-03-23 11:00"), usedMs: HOUR },
    ]);
  });

  it("is met by the first reply within target and then stays put", () => {
    // 10:00 -> reply 12:30 = 2h30m used <= 4h: met, 1h30m left, no deadlines.
    const events = [inbound(ams("2026-03-23 10:00")), outbound(ams("2026-03-23 12:30"))];
    const clock = first(events, ams("2026-03-25 16:00"));
    expect(clock).toMatchObject({
      state: "met",
      warning: false,
      stoppedAt: ams("2026-03-23 12:30"),
      usedMs: 2.5 * HOUR,
      leftMs: 1.5 * HOUR,
      dueAt: null,
      warnAt: null,
      pausedReason: null,
    });
  });

  it("ignores later inbound messages while running and later replies once stopped", () => {
    const events = [
      inbound(ams("2026-03-23 10:00"), undefined, "msg-1"),
      inbound(ams("2026-03-23 10:30"), undefined, "msg-2"),
      outbound(ams("2026-03-23 11:00")),
      outbound(ams("2026-03-23 11:30")),
    ];
    const clock = first(events, ams("2026-03-23 12:00"));
    expect(clock).toMatchObject({ startedBy: "msg-1", stoppedAt: ams("2026-03-23 11:00"), usedMs: HOUR });
  });

  it("does not start on a reply that precedes any customer message", () => {
    const state = slaState([outbound(ams("2026-03-23 10:00"))], POLICY, AMS, ams("2026-03-23 11:00"));
    expect(state.clocks).toEqual([]);
  });

  it("breaches when used passes the target; dueAt is when it did", () => {
    // 10:00 -> 15:00 = 5h used > 4h: breached at 10:00 + 4h = 14:00, 1h over.
    const clock = first([inbound(ams("2026-03-23 10:00"))], ams("2026-03-23 15:00"));
    expect(clock).toMatchObject({
      state: "breached",
      warning: true,
      leftMs: -HOUR,
      dueAt: ams("2026-03-23 14:00"),
      warnAt: null,
    });
  });

  it("stays breached after a late reply", () => {
    // 10:00 -> reply 15:00: 5h > 4h.
    const events = [inbound(ams("2026-03-23 10:00")), outbound(ams("2026-03-23 15:00"))];
    const clock = first(events, ams("2026-03-24 10:00"));
    expect(clock).toMatchObject({
      state: "breached",
      warning: false,
      usedMs: 5 * HOUR,
      dueAt: ams("2026-03-23 14:00"),
    });
  });

  it("is not breached while exactly the target is used, only once more accrues", () => {
    // Mon 13:00-17:00 uses all 4h. Overnight nothing accrues, so the latest instant with 4h used is
    // Tue 09:00: due then, breached from 09:00:00.001.
    const events = [inbound(ams("2026-03-23 13:00"))];
    expect(first(events, ams("2026-03-23 18:00"))).toMatchObject({
      state: "running",
      leftMs: 0,
      dueAt: ams("2026-03-24 09:00"),
      pausedReason: "outside_business_hours",
      resumesAt: ams("2026-03-24 09:00"),
    });
    expect(first(events, ams("2026-03-24 09:00")).state).toBe("running");
    expect(first(events, ams("2026-03-24 09:00") + 1)).toMatchObject({
      state: "breached",
      leftMs: -1,
      dueAt: ams("2026-03-24 09:00"),
    });
  });

  it("warns once more than 75% is used", () => {
    // 10:00 + 3h = 13:00 is exactly 75%: not yet warning; one ms later it is.
    const events = [inbound(ams("2026-03-23 10:00"))];
    expect(first(events, ams("2026-03-23 13:00"))).toMatchObject({
      warning: false,
      warnAt: ams("2026-03-23 13:00"),
    });
    expect(first(events, ams("2026-03-23 13:00") + 1)).toMatchObject({ warning: true, warnAt: null });
  });

  it("spring-forward: counts real business hours either side of 2026-03-29", () => {
    // Fri 03-27 15:00 (UTC+1) -> Mon 03-30 10:30 (UTC+2): Fri 15-17 = 2h + Mon 09-10:30 = 1h30m = 3h30m.
    // 30m left: due Mon 11:00. The closed weekend Fri 17:00 -> Mon 09:00 is 64 wall hours but 63 real.
    const clock = first([inbound(ams("2026-03-27 15:00"))], ams("2026-03-30 10:30"));
    expect(clock).toMatchObject({
      usedMs: 3.5 * HOUR,
      leftMs: 30 * MINUTE,
      dueAt: ams("2026-03-30 11:00"),
      warning: true,
    });
    const weekend = clock.timeline[1];
    expect(weekend).toEqual({
      kind: "closed",
      from: ams("2026-03-27 17:00"),
      to: ams("2026-03-30 09:00"),
      usedMs: 0,
    });
    expect(weekend!.to - weekend!.from).toBe(63 * HOUR);
  });

  it("spring-forward inside business hours: Sunday 2026-03-29 has 23 hours", () => {
    // AMS_SUNDAYS opens all Sunday. Sat 12:00 inbound accrues from Sun 00:00 (UTC+1, 23:00Z Sat);
    // 4 real hours later is 03:00Z = 05:00 local (02:00-03:00 does not exist).
    const clock = first([inbound(ams("2026-03-28 12:00"))], ams("2026-03-28 20:00"), AMS_SUNDAYS);
    expect(clock).toMatchObject({
      usedMs: 0,
      dueAt: ams("2026-03-29 05:00"),
      resumesAt: ams("2026-03-29 00:00"),
    });
  });

  it("fall-back: counts real business hours either side of 2026-10-25", () => {
    // Fri 10-23 16:00 (UTC+2): 1h Friday, 3h more from Mon 09:00 (UTC+1): due Mon 12:00.
    // The weekend Fri 17:00 -> Mon 09:00 is 64 wall hours but 65 real.
    const events = [inbound(ams("2026-10-23 16:00"))];
    expect(first(events, ams("2026-10-24 12:00"))).toMatchObject({
      state: "running",
      usedMs: HOUR,
      dueAt: ams("2026-10-26 12:00"),
      warnAt: ams("2026-10-26 11:00"),
      pausedReason: "outside_business_hours",
      resumesAt: ams("2026-10-26 09:00"),
    });
    const weekend = first(events, ams("2026-10-26 10:00")).timeline[1]!;
    expect(weekend.to - weekend.from).toBe(65 * HOUR);
  });

  it("fall-back inside business hours: Sunday 2026-10-25 has 25 hours", () => {
    // From Sun 00:00 (UTC+2, 22:00Z Sat) 4 real hours is 02:00Z = 03:00 local (UTC+1 by then).
    const clock = first([inbound(ams("2026-10-25 00:00"))], ams("2026-10-25 00:30"), AMS_SUNDAYS);
    expect(clock.dueAt).toBe(ams("2026-10-25 03:00"));
  });

  it("holiday: Christmas Day accrues nothing", () => {
    // Thu 12-24 15:00: 2h Thursday; Fri 12-25 holiday and the weekend closed; 2h more Mon 12-28: due 11:00.
    const events = [inbound(ams("2026-12-24 15:00"))];
    expect(first(events, ams("2026-12-25 10:00"))).toMatchObject({
      usedMs: 2 * HOUR,
      dueAt: ams("2026-12-28 11:00"),
      pausedReason: "outside_business_hours",
      resumesAt: ams("2026-12-28 09:00"),
    });
  });

  it("holiday: a clock that ran out on Christmas Eve breaches on the next working day", () => {
    // Urgent (30m): Thu 16:40 + 20m uses 20m; 10m more from Mon 12-28 09:00: due 09:10.
    const t = ams("2026-12-24 16:40");
    const events = [priority(t, "normal", "urgent"), inbound(t)];
    expect(first(events, ams("2026-12-28 09:10")).state).toBe("running");
    expect(first(events, ams("2026-12-28 09:11"))).toMatchObject({
      state: "breached",
      dueAt: ams("2026-12-28 09:10"),
    });
  });
});
