import { describeTimeline } from "./describe-timeline";
import { DEFAULT_SLA_POLICY as POLICY } from "./policy";
import { slaState } from "./sla-state";
import { AMS, ZONE, ams, clockIn, inbound, outbound, status } from "../../test/sla/fixtures";

describe("describeTimeline", () => {
  it("tells the target, used and left, then ran, paused and closed stretches in one date style", () => {
    const events = [
      inbound(ams("2026-03-23 09:00")),
      outbound(ams("2026-03-23 12:00")),
      status(ams("2026-03-23 12:00"), "open", "pending"),
      status(ams("2026-03-23 15:00"), "pending", "open"),
    ];
    const clock = clockIn(slaState(events, POLICY, AMS, ams("2026-03-24 10:30")).clocks, "resolution");
    // 24 h of business time, 6 h 30 min used: 17 h 30 min left, which is 2 business days (8 h each)
    // and 1 h 30 min after Tue 10:30: Thu 12:00.
    expect(describeTimeline(clock, ZONE)).toEqual([
      "Target 24 h · used 6 h 30 min · 17 h 30 min left · due Thu 26 Mar 12:00",
      "ran Mon 23 Mar 09:00–12:00 (3 h)",
      "paused — waiting on customer Mon 23 Mar 12:00–15:00",
      "ran Mon 23 Mar 15:00–17:00 (2 h)",
      "outside business hours Mon 23 Mar 17:00–Tue 24 Mar 09:00",
      "ran Tue 24 Mar 09:00–10:30 (1 h 30 min)",
    ]);
  });

  it("shows wall times on both sides of the spring-forward weekend", () => {
    // Friday is UTC+1 and Monday UTC+2; both read as the local business hours.
    const events = [inbound(ams("2026-03-27 16:00")), status(ams("2026-03-30 10:00"), "open", "snoozed")];
    const clock = clockIn(slaState(events, POLICY, AMS, ams("2026-03-30 11:00")).clocks, "resolution");
    expect(describeTimeline(clock, ZONE)).toEqual([
      // Snoozed: no due instant while paused by status.
      "Target 24 h · used 2 h · 22 h left",
      "ran Fri 27 Mar 16:00–17:00 (1 h)",
      "outside business hours Fri 27 Mar 17:00–Mon 30 Mar 09:00",
      "ran Mon 30 Mar 09:00–10:00 (1 h)",
      "paused — snoozed Mon 30 Mar 10:00–11:00",
    ]);
  });

  it("says by how much a breached clock is over and the instant it breached", () => {
    const clock = clockIn(
      slaState([inbound(ams("2026-12-21 16:00"))], POLICY, AMS, ams("2026-12-28 09:30")).clocks,
      "resolution",
    );
    const lines = describeTimeline(clock, ZONE);
    // Mon 16:00-17:00 (1 h), Tue and Wed (16 h), Thu 09:00-16:00 (7 h): 24 h at Thu 24 Dec 16:00.
    // Then Thu 16:00-17:00 and Mon 28 Dec 09:00-09:30 (Fri 25 Dec is a holiday): 25 h 30 min used,
    // 1 h 30 min over.
    expect(lines[0]).toBe("Target 24 h · used 25 h 30 min · 1 h 30 min over · breached Thu 24 Dec 16:00");
    expect(lines[1]).toBe("ran Mon 21 Dec 16:00–17:00 (1 h)");
    expect(lines).toContain("outside business hours Thu 24 Dec 17:00–Mon 28 Dec 09:00");
  });

  it("says when a met clock stopped", () => {
    const events = [inbound(ams("2026-03-23 09:00")), outbound(ams("2026-03-23 09:35"))];
    const clock = clockIn(slaState(events, POLICY, AMS, ams("2026-03-23 12:00")).clocks, "first_response");
    expect(describeTimeline(clock, ZONE)[0]).toMatch(/^Target \d+ h · used 35 min · met Mon 23 Mar 09:35$/);
  });

  it("adds the year once the clock crosses into another", () => {
    const clock = clockIn(
      slaState([inbound(ams("2026-12-30 16:00"))], POLICY, AMS, ams("2027-01-05 09:30")).clocks,
      "resolution",
    );
    const lines = describeTimeline(clock, ZONE);
    expect(lines[1]).toBe("ran Wed 30 Dec 2026 16:00–17:00 (1 h)");
    expect(lines[0]).toMatch(/breached \w{3} \d+ (Dec 2026|Jan 2027) \d\d:\d\d$/);
  });
});
