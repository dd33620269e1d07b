import { formatWhen } from "./format-when";
import { queueDeadlineText } from "./queue-deadline";

const ZONE = "Europe/Amsterdam";
const now = Date.UTC(2026, 2, 9, 8, 18); // Mon 09:18 in Amsterdam
const item = (nextDeadline: number | null, clock: "first_response" | "resolution" = "first_response") => ({
  nextDeadline,
  nextDeadlineClock: clock,
});

describe("queueDeadlineText", () => {
  it("writes the due time as the clock line does, and the wall time left with shared's durations", () => {
    const due = now + 42 * 60_000;
    expect(queueDeadlineText(item(due), now, ZONE)).toBe(
      `Reply by ${formatWhen(due, now, ZONE)} — 42 min left`,
    );
    const tomorrow = now + 23 * 3_600_000 + 42 * 60_000;
    expect(queueDeadlineText(item(tomorrow, "resolution"), now, ZONE)).toBe(
      `Resolve by ${formatWhen(tomorrow, now, ZONE)} — 23 h 42 min left`,
    );
    expect(formatWhen(tomorrow, now, ZONE)).toBe("Tue 09:00");
  });

  it("reads a passed deadline as a breach, as the clock does", () => {
    expect(queueDeadlineText(item(now - 8 * 60_000), now, ZONE)).toBe("Breached 8 min ago");
    expect(queueDeadlineText(item(now - 10_000), now, ZONE)).toBe("Breached just now");
    expect(queueDeadlineText(item(null), now, ZONE)).toBe("No deadline running");
  });
});
