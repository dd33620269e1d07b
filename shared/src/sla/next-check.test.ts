// nextCheckAt: one millisecond after the earliest warnAt/dueAt among clocks that are accruing
// (breach is now > dueAt), so a check run at nextCheckAt sees the change.
// Calendar AMS: Mon–Fri 09:00–17:00 Europe/Amsterdam. Normal tier: first response 4h (warn 3h), resolution 24h.
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaState } from "./sla-state";
import { AMS, ams, clockIn, inbound, outbound, status } from "../../test/sla/fixtures";

describe("nextCheckAt", () => {
  const question = [inbound(ams("2026-03-23 09:00"))];

  it("is the first response's warning first, then its breach", () => {
    // Warn at 09:00 + 3h = 12:00, breach after 13:00; the resolution clock's are days away.
    expect(slaState(question, POLICY, AMS, ams("2026-03-23 10:00")).nextCheckAt).toBe(
      ams("2026-03-23 12:00") + 1,
    );
    expect(slaState(question, POLICY, AMS, ams("2026-03-23 12:30")).nextCheckAt).toBe(
      ams("2026-03-23 13:00") + 1,
    );
  });

  it("moves to the resolution clock once the first response is met", () => {
    // Resolution 24h, warn at 18h used: Mon 8h + Tue 8h + Wed 2h -> Wed 11:00.
    const events = [...question, outbound(ams("2026-03-23 10:00"))];
    const state = slaState(events, POLICY, AMS, ams("2026-03-23 10:30"));
    expect(clockIn(state.clocks, "resolution").warnAt).toBe(ams("2026-03-25 11:00"));
    expect(state.nextCheckAt).toBe(ams("2026-03-25 11:00") + 1);
  });

  it("skips breached clocks", () => {
    // First response breached after 13:00; the next thing is the resolution warning (Wed 11:00).
    expect(slaState(question, POLICY, AMS, ams("2026-03-23 14:00")).nextCheckAt).toBe(
      ams("2026-03-25 11:00") + 1,
    );
  });

  it("spans the night and the DST change outside business hours", () => {
    // Fri 03-27 16:30: 30m used; warn after 2h30m more: Mon 03-30 11:30 (UTC+2).
    const events = [inbound(ams("2026-03-27 16:30"))];
    expect(slaState(events, POLICY, AMS, ams("2026-03-28 12:00")).nextCheckAt).toBe(
      ams("2026-03-30 11:30") + 1,
    );
  });

  it("is null while every clock is paused or stopped", () => {
    const events = [
      ...question,
      outbound(ams("2026-03-23 10:00")),
      status(ams("2026-03-23 10:00"), "open", "pending"),
    ];
    expect(slaState(events, POLICY, AMS, ams("2026-03-23 11:00")).nextCheckAt).toBeNull();
    expect(slaState([], POLICY, AMS, ams("2026-03-23 11:00")).nextCheckAt).toBeNull();
  });
});
