// Priority: targets come from the tier of the current priority; a change keeps the business time
// used and re-tiers running clocks. Stopped clocks keep the target they stopped under.
// Calendar AMS: Mon–Fri 09:00–17:00 Europe/Amsterdam. First response: urgent 30m, high 1h, normal 4h, low 8h.
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaState } from "./sla-state";
import { AMS, HOUR, MINUTE, ams, clockIn, inbound, outbound, priority } from "../../test/sla/fixtures";
import type { SlaPolicy } from "./types";

const first = (events: Parameters<typeof slaState>[0], now: number, policy: SlaPolicy = POLICY) =>
  clockIn(slaState(events, policy, AMS, now).clocks, "first_response");

describe("priority changes", () => {
  it("raising the priority can breach a clock at once, at the instant the new target was used", () => {
    // 1h used by 10:00 as normal; urgent's 30m was used up at 09:30.
    const events = [inbound(ams("2026-03-23 09:00")), priority(ams("2026-03-23 10:00"), "normal", "urgent")];
    expect(first(events, ams("2026-03-23 10:00"))).toMatchObject({
      state: "breached",
      targetMs: 30 * MINUTE,
      usedMs: HOUR,
      dueAt: ams("2026-03-23 09:30"),
    });
  });

  it("lowering the priority keeps the time used and moves the due date out", () => {
    // Urgent until 09:20, then low (8h). 1h used by 10:00, 7h left: 10:00 + 7h reaches 17:00, and
    // the latest instant with 8h used is Tue 09:00.
    const t = ams("2026-03-23 09:00");
    const events = [
      priority(t, "normal", "urgent"),
      inbound(t),
      priority(ams("2026-03-23 09:20"), "urgent", "low"),
    ];
    expect(first(events, ams("2026-03-23 10:00"))).toMatchObject({
      state: "running",
      targetMs: 8 * HOUR,
      usedMs: HOUR,
      leftMs: 7 * HOUR,
      dueAt: ams("2026-03-24 09:00"),
    });
  });

  it("re-tiers the warning too", () => {
    // Normal -> high (1h) at 09:30; now 09:40: 40m used, due 10:00, warns at 45m = 09:45.
    const events = [inbound(ams("2026-03-23 09:00")), priority(ams("2026-03-23 09:30"), "normal", "high")];
    expect(first(events, ams("2026-03-23 09:40"))).toMatchObject({
      dueAt: ams("2026-03-23 10:00"),
      warnAt: ams("2026-03-23 09:45"),
      warning: false,
    });
  });

  it("does not re-judge a stopped clock", () => {
    // Replied after 2h as normal (4h): met, and stays met when the conversation becomes urgent.
    const events = [
      inbound(ams("2026-03-23 09:00")),
      outbound(ams("2026-03-23 11:00")),
      priority(ams("2026-03-23 12:00"), "normal", "urgent"),
    ];
    const state = slaState(events, POLICY, AMS, ams("2026-03-23 13:00"));
    expect(state.priority).toBe("urgent");
    expect(clockIn(state.clocks, "first_response")).toMatchObject({ state: "met", targetMs: 4 * HOUR });
    // Resolution is still running: 4h used against urgent's 4h -> due at the latest such instant, 13:00.
    expect(clockIn(state.clocks, "resolution")).toMatchObject({
      targetMs: 4 * HOUR,
      leftMs: 0,
      dueAt: ams("2026-03-23 13:00"),
    });
  });

  it("does not report a clock whose tier has no target, and reports it once a tier has one", () => {
    const policy = structuredClone(POLICY);
    delete policy.tiers.low.firstResponseMinutes;
    const t = ams("2026-03-23 09:00");
    const events = [priority(t, "normal", "low"), inbound(t)];
    const kinds = slaState(events, policy, AMS, ams("2026-03-23 10:00")).clocks.map((c) => c.kind);
    expect(kinds).toEqual(["resolution"]);
    const raised = [...events, priority(ams("2026-03-23 10:00"), "low", "high")];
    expect(first(raised, ams("2026-03-23 10:30"), policy)).toMatchObject({
      usedMs: 1.5 * HOUR,
      state: "breached",
    });
  });

  it("spring-forward: re-tiering across 2026-03-29 counts the real hours used", () => {
    // Fri 03-27 15:00 normal: 2h Friday; Mon 03-30 09:00 -> low (8h); now 10:00: 3h used, 5h left: 15:00.
    const events = [inbound(ams("2026-03-27 15:00")), priority(ams("2026-03-30 09:00"), "normal", "low")];
    expect(first(events, ams("2026-03-30 10:00"))).toMatchObject({
      usedMs: 3 * HOUR,
      dueAt: ams("2026-03-30 15:00"),
    });
  });

  it("fall-back: re-tiering across 2026-10-25 counts the real hours used", () => {
    const events = [inbound(ams("2026-10-23 15:00")), priority(ams("2026-10-26 09:00"), "normal", "low")];
    expect(first(events, ams("2026-10-26 10:00"))).toMatchObject({
      usedMs: 3 * HOUR,
      dueAt: ams("2026-10-26 15:00"),
    });
  });

  it("holiday: re-tiering over Christmas counts only working days", () => {
    // Thu 12-24 15:00 normal: 2h; Mon 12-28 09:00 -> high (1h): already 2h > 1h, breached when
    // 1h had been used: Thu 16:00.
    const events = [inbound(ams("2026-12-24 15:00")), priority(ams("2026-12-28 09:00"), "normal", "high")];
    expect(first(events, ams("2026-12-28 09:00"))).toMatchObject({
      state: "breached",
      dueAt: ams("2026-12-24 16:00"),
    });
  });
});
