// Ana works 09:00–13:00 on weekdays in Amsterdam.
import { ams } from "../../test/sla/fixtures";
import { nextWorkingInstant, shouldNotifyNow } from "./quiet-hours";
import { MORNINGS } from "../../test/escalation/fixtures";

describe("shouldNotifyNow", () => {
  const inHours = ams("2026-03-23 10:00");
  const evening = ams("2026-03-23 19:00");

  it("notifies inside the member's own working hours", () => {
    expect(shouldNotifyNow(MORNINGS, inHours, { onCall: false, urgent: false })).toBe("notify");
  });

  it("stays quiet outside them for an ordinary alert", () => {
    expect(shouldNotifyNow(MORNINGS, evening, { onCall: false, urgent: false })).toBe("quiet");
    // 13:00 is the end of the window (exclusive).
    expect(shouldNotifyNow(MORNINGS, ams("2026-03-23 13:00"), { onCall: false, urgent: false })).toBe(
      "quiet",
    );
  });

  it("hands an urgent escalation to whoever is on call instead", () => {
    expect(shouldNotifyNow(MORNINGS, evening, { onCall: false, urgent: true })).toBe("on_call_instead");
  });

  it("always notifies the member on call", () => {
    expect(shouldNotifyNow(MORNINGS, evening, { onCall: true, urgent: false })).toBe("notify");
  });

  it("reads working hours across the spring-forward change in the member's zone", () => {
    // Mon 2026-03-30 is the first weekday after DST (CEST, UTC+2): 09:30 local is 07:30 UTC.
    expect(shouldNotifyNow(MORNINGS, Date.UTC(2026, 2, 30, 7, 30), { onCall: false, urgent: false })).toBe(
      "notify",
    );
    // 08:30 UTC the Monday before (CET, UTC+1) is 09:30 local too; 07:30 UTC is 08:30 local: quiet.
    expect(shouldNotifyNow(MORNINGS, Date.UTC(2026, 2, 23, 7, 30), { onCall: false, urgent: false })).toBe(
      "quiet",
    );
  });
});

describe("nextWorkingInstant: when a notice held for quiet hours goes out", () => {
  it("waits from Friday afternoon over the weekend and the spring-forward change to Monday 09:00", () => {
    // Fri 2026-03-27 14:00 CET; DST starts Sun 03-29; Mon 09:00 CEST is 07:00 UTC (08:00 UTC a week earlier).
    expect(nextWorkingInstant(MORNINGS, ams("2026-03-27 14:00"))).toBe(Date.UTC(2026, 2, 30, 7, 0));
    expect(nextWorkingInstant(MORNINGS, ams("2026-03-20 14:00"))).toBe(Date.UTC(2026, 2, 23, 8, 0));
  });

  it("is the next morning on a weekday evening, and the instant itself inside working hours", () => {
    expect(nextWorkingInstant(MORNINGS, ams("2026-03-23 19:00"))).toBe(ams("2026-03-24 09:00"));
    expect(nextWorkingInstant(MORNINGS, ams("2026-03-24 10:15"))).toBe(ams("2026-03-24 10:15"));
  });

  it("is null for hours without any working time (the caller then sends at once)", () => {
    expect(
      nextWorkingInstant({ timeZone: "Europe/Amsterdam", weekly: {} }, ams("2026-03-23 19:00")),
    ).toBeNull();
  });
});
