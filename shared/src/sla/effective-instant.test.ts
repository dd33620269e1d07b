import { effectiveInstant, sortByEffectiveInstant } from "./effective-instant";
import { HOUR, ams, inbound, outbound, status } from "../../test/sla/fixtures";

describe("effectiveInstant", () => {
  it("counts a message from when it was sent, not when a sidebar reported it", () => {
    const late = inbound(ams("2026-03-23 09:00"), ams("2026-03-23 15:00"));
    expect(effectiveInstant(late)).toBe(ams("2026-03-23 09:00"));
  });

  it("caps a sentAt from a skewed sender clock at the report time", () => {
    const skewed = outbound(ams("2026-03-23 10:05"), ams("2026-03-23 10:00"));
    expect(effectiveInstant(skewed)).toBe(ams("2026-03-23 10:00"));
  });

  it("counts other events when they were recorded", () => {
    expect(effectiveInstant(status(ams("2026-03-23 11:00"), "open", "pending"))).toBe(
      ams("2026-03-23 11:00"),
    );
  });
});

describe("sortByEffectiveInstant", () => {
  it("orders by effective instant and keeps log order on ties", () => {
    const t = ams("2026-03-23 09:00");
    const reply = outbound(t + HOUR);
    const pending = status(t + HOUR, "open", "pending");
    const question = inbound(t, t + 2 * HOUR);
    expect(sortByEffectiveInstant([reply, pending, question])).toEqual([question, reply, pending]);
    expect(sortByEffectiveInstant([pending, question, reply])).toEqual([question, pending, reply]);
  });
});
