// Resolution: runs from the first inbound message until the status becomes resolved; a customer
// message after that (or an agent's reopen) starts cycle + 1. Earlier cycles stay in slaHistory.
// Calendar AMS: Mon–Fri 09:00–17:00 Europe/Amsterdam, 2026-12-25 closed. Normal tier: 24h.
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaHistory, slaState } from "./sla-state";
import {
  AMS,
  AMS_SUNDAYS,
  HOUR,
  ams,
  clockIn,
  inbound,
  outbound,
  priority,
  status,
} from "../../test/sla/fixtures";

const resolution = (events: Parameters<typeof slaState>[0], now: number, cal = AMS) =>
  clockIn(slaState(events, POLICY, cal, now).clocks, "resolution");

describe("resolution", () => {
  it("is met when resolved within target, whatever the replies", () => {
    // Mon 09:00 -> Tue 11:00: 8h Monday + 2h Tuesday = 10h <= 24h.
    const events = [
      inbound(ams("2026-03-23 09:00"), undefined, "q"),
      outbound(ams("2026-03-23 10:00")),
      status(ams("2026-03-24 11:00"), "open", "resolved"),
    ];
    expect(resolution(events, ams("2026-03-25 09:00"))).toMatchObject({
      cycle: 1,
      startedBy: "q",
      state: "met",
      stoppedAt: ams("2026-03-24 11:00"),
      usedMs: 10 * HOUR,
      leftMs: 14 * HOUR,
    });
  });

  it("reopens on a customer message after resolution: a new cycle from that message", () => {
    // Cycle 1: Mon 09:00-10:00, 1h, met. Customer Mon 15:00 -> now Tue 10:00: 2h + 1h = 3h.
    // 21h left from Tue 10:00: Tue 7h, Wed 8h, Thu 6h -> Thu 15:00.
    const events = [
      inbound(ams("2026-03-23 09:00"), undefined, "q"),
      status(ams("2026-03-23 10:00"), "open", "resolved"),
      inbound(ams("2026-03-23 15:00"), undefined, "reopen"),
    ];
    const now = ams("2026-03-24 10:00");
    expect(resolution(events, now)).toMatchObject({
      cycle: 2,
      startedBy: "reopen",
      state: "running",
      usedMs: 3 * HOUR,
      dueAt: ams("2026-03-26 15:00"),
    });
    const cycles = slaHistory(events, POLICY, AMS, now).filter((c) => c.kind === "resolution");
    expect(cycles.map((c) => [c.cycle, c.startedBy, c.state, c.usedMs])).toEqual([
      [1, "q", "met", HOUR],
      [2, "reopen", "running", 3 * HOUR],
    ]);
  });

  it("reopens when an agent moves a resolved conversation back, started by that event", () => {
    const reopen = status(ams("2026-03-23 12:00"), "resolved", "open");
    const events = [
      inbound(ams("2026-03-23 09:00")),
      status(ams("2026-03-23 10:00"), "open", "resolved"),
      reopen,
    ];
    expect(resolution(events, ams("2026-03-23 13:00"))).toMatchObject({
      cycle: 2,
      startedBy: reopen.id,
      usedMs: HOUR,
    });
  });

  it("does not count a reopen twice when the status change follows the customer's message", () => {
    const events = [
      inbound(ams("2026-03-23 09:00")),
      status(ams("2026-03-23 10:00"), "open", "resolved"),
      inbound(ams("2026-03-23 11:00"), undefined, "reopen"),
      status(ams("2026-03-23 11:00"), "resolved", "open"),
    ];
    expect(resolution(events, ams("2026-03-23 12:00"))).toMatchObject({
      cycle: 2,
      startedBy: "reopen",
      usedMs: HOUR,
    });
  });

  it("stops the reply clocks too when resolved", () => {
    const events = [inbound(ams("2026-03-23 09:00")), status(ams("2026-03-23 09:20"), "open", "resolved")];
    const first = clockIn(slaState(events, POLICY, AMS, ams("2026-03-23 12:00")).clocks, "first_response");
    expect(first).toMatchObject({ state: "met", stoppedAt: ams("2026-03-23 09:20") });
  });

  it("judges a reopened cycle against the priority of now, a closed one against its own", () => {
    // Cycle 1 ran 6h as normal (24h): met. Reopened and made urgent (4h).
    const events = [
      inbound(ams("2026-03-23 09:00")),
      status(ams("2026-03-23 15:00"), "open", "resolved"),
      inbound(ams("2026-03-24 09:00")),
      priority(ams("2026-03-24 09:00"), "normal", "urgent"),
    ];
    const cycles = slaHistory(events, POLICY, AMS, ams("2026-03-24 10:00")).filter(
      (c) => c.kind === "resolution",
    );
    expect(cycles.map((c) => [c.state, c.targetMs])).toEqual([
      ["met", 24 * HOUR],
      ["running", 4 * HOUR],
    ]);
  });

  it("spring-forward inside business hours: Sunday 2026-03-29 gives 23 of the 24 hours", () => {
    // AMS_SUNDAYS. Sat 12:00 inbound; Sunday is 23 real hours; Mon 09:00-09:30 -> 23h30m used,
    // 30m left: due Mon 10:00.
    const clock = resolution([inbound(ams("2026-03-28 12:00"))], ams("2026-03-30 09:30"), AMS_SUNDAYS);
    expect(clock).toMatchObject({ usedMs: 23.5 * HOUR, dueAt: ams("2026-03-30 10:00") });
  });

  it("fall-back inside business hours: Sunday 2026-10-25 holds all 24 hours by 23:00", () => {
    // AMS_SUNDAYS. From Sun 00:00 the 25-hour day reaches 24 real hours at 23:00 local.
    const clock = resolution([inbound(ams("2026-10-25 00:00"))], ams("2026-10-25 01:00"), AMS_SUNDAYS);
    expect(clock.dueAt).toBe(ams("2026-10-25 23:00"));
  });

  it("holiday: a high-priority conversation (8h) opened Christmas Eve is due Monday", () => {
    // Thu 12-24 13:00: 4h Thursday; Fri holiday; 4h from Mon 12-28 09:00 -> 13:00.
    const events = [priority(ams("2026-12-24 13:00"), "normal", "high"), inbound(ams("2026-12-24 13:00"))];
    expect(resolution(events, ams("2026-12-24 14:00")).dueAt).toBe(ams("2026-12-28 13:00"));
  });
});
