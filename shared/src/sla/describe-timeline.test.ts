import { describeTimeline } from "./describe-timeline";
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaState } from "./sla-state";
import { AMS, ZONE, ams, clockIn, inbound, outbound, status } from "../../test/sla/fixtures";

describe("describeTimeline", () => {
  it("tells ran, paused and closed stretches in the team's zone", () => {
    const events = [
      inbound(ams("2026-03-23 09:00")),
      outbound(ams("2026-03-23 12:00")),
      status(ams("2026-03-23 12:00"), "open", "pending"),
      status(ams("2026-03-23 15:00"), "pending", "open"),
    ];
    const clock = clockIn(slaState(events, POLICY, AMS, ams("2026-03-24 10:30")).clocks, "resolution");
    expect(describeTimeline(clock, ZONE)).toEqual([
      "ran Mon 09:00–12:00 (3 h)",
      "paused — waiting on customer Mon 12:00–15:00",
      "ran Mon 15:00–17:00 (2 h)",
      "outside business hours Mon 17:00–Tue 09:00",
      "ran Tue 09:00–10:30 (1 h 30 min)",
    ]);
  });

  it("shows wall times on both sides of the spring-forward weekend", () => {
    // Friday is UTC+1 and Monday UTC+2; both read as the local business hours.
    const events = [inbound(ams("2026-03-27 16:00")), status(ams("2026-03-30 10:00"), "open", "snoozed")];
    const clock = clockIn(slaState(events, POLICY, AMS, ams("2026-03-30 11:00")).clocks, "resolution");
    expect(describeTimeline(clock, ZONE)).toEqual([
      "ran Fri 16:00–17:00 (1 h)",
      "outside business hours Fri 17:00–Mon 09:00",
      "ran Mon 09:00–10:00 (1 h)",
      "paused — snoozed Mon 10:00–11:00",
    ]);
  });

  it("adds dates once a timeline is a week or longer, where weekdays would repeat", () => {
    const clock = clockIn(
      slaState([inbound(ams("2026-12-21 16:00"))], POLICY, AMS, ams("2026-12-28 09:30")).clocks,
      "resolution",
    );
    const lines = describeTimeline(clock, ZONE);
    expect(lines[0]).toBe("ran Mon 2026-12-21 16:00–17:00 (1 h)");
    expect(lines).toContain("outside business hours Thu 2026-12-24 17:00–Mon 2026-12-28 09:00");
  });
});
