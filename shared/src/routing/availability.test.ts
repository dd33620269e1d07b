import type { BusinessCalendar } from "../time";
import { availability, type AvailabilityContext, type RoutingMember } from "./availability";
import type { MemberAvailability } from "./types";

const nineToFive = (timeZone: string): BusinessCalendar => ({
  timeZone,
  weekly: Object.fromEntries(
    (["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [["09:00", "17:00"]]]),
  ),
});
const AMSTERDAM = nineToFive("Europe/Amsterdam");
// Monday 2 March 2026: Amsterdam is UTC+1, so 10:00 local is 09:00 UTC.
const MON_10_LOCAL = Date.UTC(2026, 2, 2, 9, 0);
const MON_20_LOCAL = Date.UTC(2026, 2, 2, 19, 0);

const member = (
  extra: Partial<MemberAvailability> = {},
  role: RoutingMember["role"] = "agent",
): RoutingMember => ({
  email: "ana@x.test",
  name: "Ana",
  role,
  availability: { awayUntil: null, skills: [], ...extra },
});
const context = (extra: Partial<AvailabilityContext> = {}): AvailabilityContext => ({
  calendar: AMSTERDAM,
  capacity: { maxOpen: null, perPriority: {} },
  anyHour: false,
  onCall: null,
  ...extra,
});

describe("availability", () => {
  it("is available inside the mailbox's hours with no cap", () => {
    expect(availability(member(), MON_10_LOCAL, context(), {}, "normal")).toBe("available");
  });

  it("never picks a viewer", () => {
    expect(availability(member({}, "viewer"), MON_10_LOCAL, context(), {}, "normal")).toBe("not_agent");
  });

  it("is away until the instant they set, and back from it", () => {
    const away = member({ awayUntil: MON_10_LOCAL + 1 });
    expect(availability(away, MON_10_LOCAL, context(), {}, "normal")).toBe("away");
    expect(availability(away, MON_10_LOCAL + 1, context(), {}, "normal")).toBe("available");
  });

  it("is off shift outside the mailbox calendar, or their own hours when they have some", () => {
    expect(availability(member(), MON_20_LOCAL, context(), {}, "normal")).toBe("off_shift");
    // New York 15:00 (UTC-5 on 2 March) is 20:00 in Amsterdam: inside her own hours, outside the mailbox's.
    const newYork = member({ workingHours: nineToFive("America/New_York") });
    expect(availability(newYork, MON_20_LOCAL, context(), {}, "normal")).toBe("available");
    expect(availability(newYork, MON_10_LOCAL, context(), {}, "normal")).toBe("off_shift");
  });

  it("follows the member's own zone across a DST change (New York springs forward on 8 March 2026)", () => {
    const newYork = member({ workingHours: nineToFive("America/New_York") });
    // Monday 9 March, 13:30 UTC: 09:30 EDT (UTC-4), on shift; a week earlier 13:30 UTC was 08:30 EST.
    expect(availability(newYork, Date.UTC(2026, 2, 9, 13, 30), context(), {}, "normal")).toBe("available");
    expect(availability(newYork, Date.UTC(2026, 2, 2, 13, 30), context(), {}, "normal")).toBe("off_shift");
  });

  it("is on shift at any hour while on call, or when the mailbox assigns at any hour", () => {
    expect(availability(member(), MON_20_LOCAL, context({ onCall: "ana@x.test" }), {}, "normal")).toBe(
      "available",
    );
    expect(availability(member(), MON_20_LOCAL, context({ anyHour: true }), {}, "normal")).toBe("available");
  });

  it("keeps away before shifts: someone away is away even on call", () => {
    const away = member({ awayUntil: MON_20_LOCAL + 1 });
    expect(availability(away, MON_20_LOCAL, context({ onCall: "ana@x.test" }), {}, "normal")).toBe("away");
  });

  it("is at capacity at the mailbox's cap, or their own cap which overrides it (null: none)", () => {
    const load = { normal: 2, urgent: 1 };
    const capped = context({ capacity: { maxOpen: 3, perPriority: {} } });
    expect(availability(member(), MON_10_LOCAL, capped, load, "low")).toBe("at_capacity");
    expect(availability(member({ maxOpen: 4 }), MON_10_LOCAL, capped, load, "low")).toBe("available");
    expect(availability(member({ maxOpen: null }), MON_10_LOCAL, capped, load, "low")).toBe("available");
    expect(availability(member({ maxOpen: 0 }), MON_10_LOCAL, context(), {}, "low")).toBe("at_capacity");
  });

  it("is at capacity for one priority at that priority's cap, and free for the others", () => {
    const perUrgent = context({ capacity: { maxOpen: null, perPriority: { urgent: 1 } } });
    expect(availability(member(), MON_10_LOCAL, perUrgent, { urgent: 1 }, "urgent")).toBe("at_capacity");
    expect(availability(member(), MON_10_LOCAL, perUrgent, { urgent: 1 }, "high")).toBe("available");
  });
});
