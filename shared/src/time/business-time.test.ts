import {
  addBusinessTime,
  businessIntervalsBetween,
  businessTimeBetween,
  isBusinessInstant,
  nextBusinessInstant,
  nextClosing,
} from "./business-time";
import { InvalidCalendarError } from "./invalid-calendar-error";
import type { BusinessCalendar } from "./types";

const H = 3_600_000;
const M = 60_000;
const at = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad test instant ${iso}`);
  return t;
};
const iso = (t: number): string => new Date(t).toISOString();
const nineToFive: Array<[string, string]> = [["09:00", "17:00"]];
const weekdays = (zone: string, holidays?: string[]): BusinessCalendar => ({
  timeZone: zone,
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  ...(holidays === undefined ? {} : { holidays }),
});

describe("zendesk/biz spec cases (spec/calculation/*, spec/periods/after_spec.rb)", () => {
  // The biz spec schedule: UTC, Mon/Wed/Fri 09-17, Tue/Thu 10-16, Sat 11-14:30.
  const biz: BusinessCalendar = {
    timeZone: "Etc/UTC",
    weekly: {
      mon: [["09:00", "17:00"]],
      tue: [["10:00", "16:00"]],
      wed: [["09:00", "17:00"]],
      thu: [["10:00", "16:00"]],
      fri: [["09:00", "17:00"]],
      sat: [["11:00", "14:30"]],
    },
    holidays: ["2006-01-01", "2006-12-25"],
  };

  it("measures a week (duration_within_spec: 39.5 h)", () => {
    // Sun 2006-01-01 .. Sun 01-08: 8 + 6 + 8 + 6 + 8 + 3.5 = 39.5 h
    expect(businessTimeBetween(biz, at("2006-01-01T00:00Z"), at("2006-01-08T00:00Z"))).toBe(39.5 * H);
  });

  it("measures nothing when the end is not after the start (duration_within_spec)", () => {
    expect(businessTimeBetween(biz, at("2006-01-08T00:00Z"), at("2006-01-01T00:00Z"))).toBe(0);
    expect(businessTimeBetween(biz, at("2006-01-01T00:00Z"), at("2006-01-01T00:00Z"))).toBe(0);
  });

  it("adds 19 h forward (for_duration_spec #after)", () => {
    // Mon 11-17 = 6 h, Tue 10-16 = 6 h (12), Wed 09-16 = 7 h (19) -> Wed 2006-01-04 16:00
    expect(iso(addBusinessTime(biz, at("2006-01-02T11:00Z"), 19 * H))).toBe("2006-01-04T16:00:00.000Z");
  });

  it("knows active instants (active_spec), except that windows end exclusive here", () => {
    expect(isBusinessInstant(biz, at("2006-01-01T09:00Z"))).toBe(false); // Sunday, and a holiday
    expect(isBusinessInstant(biz, at("2006-01-02T09:00Z"))).toBe(true); // opening instant
    expect(isBusinessInstant(biz, at("2006-01-02T12:00Z"))).toBe(true);
    // biz's active? counts 17:00 itself; issue 2 makes windows [a, b), so the closing instant is not.
    expect(isBusinessInstant(biz, at("2006-01-02T17:00Z"))).toBe(false);
  });

  it("skips several holidays (after_spec: 'multiple periods on holidays')", () => {
    const cal = { ...biz, holidays: ["2006-01-16", "2006-01-18"] };
    expect(
      businessIntervalsBetween(cal, at("2006-01-14T00:00Z"), at("2006-01-20T00:00Z")).map((i) => i.map(iso)),
    ).toEqual([
      ["2006-01-14T11:00:00.000Z", "2006-01-14T14:30:00.000Z"],
      ["2006-01-17T10:00:00.000Z", "2006-01-17T16:00:00.000Z"],
      ["2006-01-19T10:00:00.000Z", "2006-01-19T16:00:00.000Z"],
    ]);
  });

  it("drops a window emptied by a spring-forward gap (after_spec: 'an empty interval is generated')", () => {
    // LA 2006-04-02: 02:00 PST -> 03:00 PDT. 02:30 is skipped: read at -08:00 it is 10:30Z (03:30 PDT);
    // 03:15 PDT is 10:15Z. End before start: no business time; the first period is Mon 09:00 PDT.
    const cal: BusinessCalendar = {
      timeZone: "America/Los_Angeles",
      weekly: { sun: [["02:30", "03:15"]], mon: [["09:00", "17:00"]] },
    };
    expect(businessTimeBetween(cal, at("2006-04-02T00:00-08:00"), at("2006-04-03T00:00-07:00"))).toBe(0);
    expect(iso(nextBusinessInstant(cal, at("2006-04-02T00:00-08:00")))).toBe("2006-04-03T16:00:00.000Z");
  });
});

describe("the due instant is the latest one with the duration used (issue 2)", () => {
  const ams = weekdays("Europe/Amsterdam");

  it("Mon 16:00 + 60 min on 09-17 is Tue 09:00", () => {
    // 16:00-17:00 uses the hour at 17:00; nothing more is used until Tue 09:00 (+01:00 in March).
    expect(iso(addBusinessTime(ams, at("2025-03-24T16:00+01:00"), 60 * M))).toBe("2025-03-25T08:00:00.000Z");
    // Every t in [Mon 17:00, Tue 09:00] has used exactly 60 min.
    expect(businessTimeBetween(ams, at("2025-03-24T16:00+01:00"), at("2025-03-25T08:59+01:00"))).toBe(60 * M);
  });

  it("+0 from a closed instant is the next opening, from an open one the instant itself", () => {
    // Sat 10:00 -> Mon 2025-03-31 09:00 CEST (+02:00 since the Mar 30 change) = 07:00Z
    expect(iso(addBusinessTime(ams, at("2025-03-29T10:00+01:00"), 0))).toBe("2025-03-31T07:00:00.000Z");
    const open = at("2025-03-27T10:17:31.250+01:00");
    expect(addBusinessTime(ams, open, 0)).toBe(open);
  });

  it("keeps milliseconds", () => {
    // Thu 16:59:59.999 + 2 ms: 1 ms to close, then Fri 09:00:00.000 + 1 ms
    expect(iso(addBusinessTime(ams, at("2025-03-27T16:59:59.999+01:00"), 2))).toBe(
      "2025-03-28T08:00:00.001Z",
    );
  });

  it("resumes a paused clock from what it has used (closed gap in the middle)", () => {
    // Target 3 h. Runs Mon 10:00-11:00 (1 h), paused 11:00-15:00, resumes with 2 h left at 15:00:
    // 15:00-17:00 uses them up at 17:00, so due is the next opening, Tue 09:00 (+01:00).
    const used = businessTimeBetween(ams, at("2025-03-24T10:00+01:00"), at("2025-03-24T11:00+01:00"));
    expect(used).toBe(H);
    const due = addBusinessTime(ams, at("2025-03-24T15:00+01:00"), 3 * H - used);
    expect(iso(due)).toBe("2025-03-25T08:00:00.000Z");
  });

  it("rejects negative durations and non-finite instants with RangeError", () => {
    expect(() => addBusinessTime(ams, 0, -1)).toThrow(RangeError);
    expect(() => addBusinessTime(ams, Number.NaN, 1)).toThrow(RangeError);
    expect(() => businessTimeBetween(ams, 0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("Europe/Amsterdam DST (2025-03-30 02:00 CET -> 03:00 CEST; 2025-10-26 03:00 CEST -> 02:00 CET)", () => {
  const sundayNight: BusinessCalendar = {
    timeZone: "Europe/Amsterdam",
    weekly: { sun: [["00:00", "03:00"]] },
  };

  it("a 00:00-03:00 window holds 2 real hours on the spring-forward night", () => {
    // [00:00+01:00, 03:00+02:00) = [23:00Z, 01:00Z) = 2 h
    expect(businessTimeBetween(sundayNight, at("2025-03-29T00:00Z"), at("2025-03-31T00:00Z"))).toBe(2 * H);
    expect(iso(addBusinessTime(sundayNight, at("2025-03-30T00:00+01:00"), 2 * H))).toBe(
      "2025-04-05T22:00:00.000Z",
    );
  });

  it("and 4 real hours on the fall-back night", () => {
    // [00:00+02:00, 03:00+01:00) = [22:00Z, 02:00Z) = 4 h
    expect(businessTimeBetween(sundayNight, at("2025-10-25T00:00Z"), at("2025-10-27T00:00Z"))).toBe(4 * H);
    expect(iso(addBusinessTime(sundayNight, at("2025-10-26T00:00+02:00"), 3.5 * H))).toBe(
      "2025-10-26T01:30:00.000Z",
    );
  });

  it("reads a skipped start with the offset before the gap", () => {
    // 02:30 does not exist on Mar 30; read at +01:00 it is 01:30Z (03:30 CEST). 04:00 CEST = 02:00Z: 30 min.
    const cal: BusinessCalendar = { timeZone: "Europe/Amsterdam", weekly: { sun: [["02:30", "04:00"]] } };
    expect(
      businessIntervalsBetween(cal, at("2025-03-30T00:00Z"), at("2025-03-31T00:00Z")).map((i) => i.map(iso)),
    ).toEqual([["2025-03-30T01:30:00.000Z", "2025-03-30T02:00:00.000Z"]]);
  });

  it("takes the earlier instant of a repeated wall time, so the second pass is closed", () => {
    // 02:00-02:30 on Oct 26: both edges repeat; earlier readings are 00:00Z and 00:30Z (+02:00).
    // The second 02:00-02:30 (01:00Z-01:30Z, +01:00) is not business time.
    const cal: BusinessCalendar = { timeZone: "Europe/Amsterdam", weekly: { sun: [["02:00", "02:30"]] } };
    expect(isBusinessInstant(cal, at("2025-10-26T00:15Z"))).toBe(true);
    expect(isBusinessInstant(cal, at("2025-10-26T01:15Z"))).toBe(false);
    expect(businessTimeBetween(cal, at("2025-10-25T00:00Z"), at("2025-10-27T00:00Z"))).toBe(30 * M);
  });

  it("closes holidays all day and skips them when adding", () => {
    // Wed Dec 24 16:00 + 2 h: 1 h to 17:00; Thu 25, Fri 26 holidays, weekend; Mon 29 09:00 + 1 h = 10:00+01:00
    const cal = weekdays("Europe/Amsterdam", ["2025-12-25", "2025-12-26"]);
    expect(iso(addBusinessTime(cal, at("2025-12-24T16:00+01:00"), 2 * H))).toBe("2025-12-29T09:00:00.000Z");
    expect(isBusinessInstant(cal, at("2025-12-25T12:00+01:00"))).toBe(false);
  });

  it("splits a day around lunch", () => {
    const cal: BusinessCalendar = {
      timeZone: "Europe/Amsterdam",
      weekly: {
        mon: [
          ["09:00", "12:00"],
          ["13:00", "17:00"],
        ],
      },
    };
    // 11:30 + 1 h: 30 min to 12:00, lunch, 30 min from 13:00 -> 13:30
    expect(iso(addBusinessTime(cal, at("2025-06-02T11:30+02:00"), H))).toBe("2025-06-02T11:30:00.000Z");
    // 11:30 + 30 min is used up at 12:00; nothing more is used until 13:00, the latest such instant
    expect(iso(addBusinessTime(cal, at("2025-06-02T11:30+02:00"), 30 * M))).toBe("2025-06-02T11:00:00.000Z");
    // 09:00-17:00 minus lunch = 7 h
    expect(businessTimeBetween(cal, at("2025-06-02T00:00+02:00"), at("2025-06-03T00:00+02:00"))).toBe(7 * H);
  });

  it("treats 24:00 as the next midnight, so Fri 20:00-24:00 and Sat 00:00-02:00 are one stretch", () => {
    const cal: BusinessCalendar = {
      timeZone: "Europe/Amsterdam",
      weekly: { fri: [["20:00", "24:00"]], sat: [["00:00", "02:00"]] },
    };
    expect(
      businessIntervalsBetween(cal, at("2025-06-06T00:00Z"), at("2025-06-08T00:00Z")).map((i) => i.map(iso)),
    ).toEqual([["2025-06-06T18:00:00.000Z", "2025-06-07T00:00:00.000Z"]]);
    // Fri 23:00 + 2 h = Sat 01:00 (+02:00)
    expect(iso(addBusinessTime(cal, at("2025-06-06T23:00+02:00"), 2 * H))).toBe("2025-06-06T23:00:00.000Z");
  });
});

describe("America/New_York (2025-03-09 02:00 EST -> 03:00 EDT; 2025-11-02 02:00 EDT -> 01:00 EST)", () => {
  const always: BusinessCalendar = {
    timeZone: "America/New_York",
    weekly: Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]]),
    ),
  };

  it("a 24/7 calendar is real time: the spring weekend has 47 h, the fall weekend 49 h", () => {
    expect(businessTimeBetween(always, at("2025-03-08T00:00-05:00"), at("2025-03-10T00:00-04:00"))).toBe(
      47 * H,
    );
    expect(businessTimeBetween(always, at("2025-11-01T00:00-04:00"), at("2025-11-03T00:00-05:00"))).toBe(
      49 * H,
    );
    expect(addBusinessTime(always, at("2025-03-09T01:30-05:00"), H)).toBe(at("2025-03-09T03:30-04:00"));
  });

  it("a Friday-to-Monday due date crosses the spring change on local hours", () => {
    // Fri Mar 7 16:00 EST + 2 h: 1 h to 17:00, then Mon Mar 10 09:00 EDT + 1 h = 10:00 EDT = 14:00Z
    expect(iso(addBusinessTime(weekdays("America/New_York"), at("2025-03-07T16:00-05:00"), 2 * H))).toBe(
      "2025-03-10T14:00:00.000Z",
    );
  });
});

describe("Asia/Kathmandu (+05:45, no DST)", () => {
  it("opens at 09:00 local = 03:15Z", () => {
    const cal = weekdays("Asia/Kathmandu");
    // Mon 2025-01-06 16:30 + 45 min: 30 min to 17:00, Tue 09:00 + 15 min = 09:15 = 03:30Z
    expect(iso(addBusinessTime(cal, at("2025-01-06T16:30+05:45"), 45 * M))).toBe("2025-01-07T03:30:00.000Z");
    expect(iso(nextBusinessInstant(cal, at("2025-01-04T12:00Z")))).toBe("2025-01-06T03:15:00.000Z");
  });
});

describe("Australia/Lord_Howe (30-minute DST: +10:30 <-> +11:00)", () => {
  const cal: BusinessCalendar = { timeZone: "Australia/Lord_Howe", weekly: { sun: [["01:00", "04:00"]] } };

  it("a 01:00-04:00 window holds 2.5 h when 02:00 jumps to 02:30 (2025-10-05)", () => {
    // [01:00+10:30, 04:00+11:00) = [14:30Z, 17:00Z) = 2.5 h
    expect(businessTimeBetween(cal, at("2025-10-04T00:00Z"), at("2025-10-06T00:00Z"))).toBe(2.5 * H);
  });

  it("and 3.5 h when 02:00 falls back to 01:30 (2025-04-06)", () => {
    // [01:00+11:00, 04:00+10:30) = [14:00Z, 17:30Z) = 3.5 h
    expect(businessTimeBetween(cal, at("2025-04-05T00:00Z"), at("2025-04-07T00:00Z"))).toBe(3.5 * H);
  });

  it("reads 02:15 in the 30-minute gap with the offset before it", () => {
    // 02:00-02:15 on Oct 5: 02:00+10:30 = 15:30Z (the gap instant), 02:15+10:30 = 15:45Z: 15 min
    const gap: BusinessCalendar = { timeZone: "Australia/Lord_Howe", weekly: { sun: [["02:00", "02:15"]] } };
    expect(
      businessIntervalsBetween(gap, at("2025-10-04T00:00Z"), at("2025-10-06T00:00Z")).map((i) => i.map(iso)),
    ).toEqual([["2025-10-04T15:30:00.000Z", "2025-10-04T15:45:00.000Z"]]);
  });
});

describe("America/Santiago (DST changes at local midnight)", () => {
  const weekend: BusinessCalendar = {
    timeZone: "America/Santiago",
    weekly: { sat: [["22:00", "24:00"]], sun: [["00:00", "09:00"]] },
  };

  it("skipped midnight (2025-09-07 00:00 -04 -> 01:00 -03): 24:00 and 00:00 meet at the gap", () => {
    // Sat 22:00-04 = 02:00Z; 24:00 = Sun 00:00, skipped, read at -04 = 04:00Z; Sun 09:00-03 = 12:00Z
    // One stretch [02:00Z, 12:00Z) = 2 h + 8 h = 10 h
    expect(
      businessIntervalsBetween(weekend, at("2025-09-06T00:00Z"), at("2025-09-08T00:00Z")).map((i) =>
        i.map(iso),
      ),
    ).toEqual([["2025-09-07T02:00:00.000Z", "2025-09-07T12:00:00.000Z"]]);
  });

  it("repeated hour before midnight (2025-04-06 00:00 -03 -> 23:00 -04): Sat 22:00-24:00 holds 3 h", () => {
    // Sat 22:00-03 = 01:00Z; Sun 00:00 happens once, at -04 = 04:00Z: 3 h; Sun 00:00-09:00-04 = 9 h
    expect(businessTimeBetween(weekend, at("2025-04-05T00:00Z"), at("2025-04-07T00:00Z"))).toBe(12 * H);
    // Sat 23:30 (first pass, -03 = 02:30Z) + 2 h: to 04:30Z = Sun 00:30-04
    expect(iso(addBusinessTime(weekend, at("2025-04-05T23:30-03:00"), 2 * H))).toBe(
      "2025-04-06T04:30:00.000Z",
    );
  });

  it("a holiday on the date whose midnight is skipped closes that date's windows only", () => {
    const cal = { ...weekend, holidays: ["2025-09-07"] };
    // Only Sat 22:00-24:00 remains: [02:00Z, 04:00Z)
    expect(businessTimeBetween(cal, at("2025-09-06T00:00Z"), at("2025-09-08T00:00Z"))).toBe(2 * H);
  });
});

describe("nextClosing: where the open stretch ends", () => {
  const ams = weekdays("Europe/Amsterdam");

  it("is the window's end, the instant itself when closed, null past the search bound", () => {
    // Mon 2025-03-10 16:30 CET (15:30Z): open until 17:00 CET (16:00Z).
    expect(iso(nextClosing(ams, at("2025-03-10T15:30Z"), at("2025-03-11T12:00Z")) ?? 0)).toBe(
      "2025-03-10T16:00:00.000Z",
    );
    expect(nextClosing(ams, at("2025-03-10T15:30Z"), at("2025-03-10T15:59Z"))).toBeNull();
    expect(nextClosing(ams, at("2025-03-10T18:00Z"), at("2025-03-11T12:00Z"))).toBe(at("2025-03-10T18:00Z"));
  });

  it("follows a stretch across midnight and across the engine's weekly block edge", () => {
    // Open round the clock Wed..Fri: blocks are cut at Thursday 00:00Z, inside the stretch; it ends
    // Sat 00:00 CET (Fri 23:00Z).
    const allDay: Array<[string, string]> = [["00:00", "24:00"]];
    const cal: BusinessCalendar = {
      timeZone: "Europe/Amsterdam",
      weekly: { wed: allDay, thu: allDay, fri: allDay },
    };
    expect(iso(nextClosing(cal, at("2025-03-12T10:00Z"), at("2025-03-20T00:00Z")) ?? 0)).toBe(
      "2025-03-14T23:00:00.000Z",
    );
  });

  it("ends the search on a calendar that never closes", () => {
    const allDay: Array<[string, string]> = [["00:00", "24:00"]];
    const always: BusinessCalendar = {
      timeZone: "Etc/UTC",
      weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
    };
    expect(nextClosing(always, at("2025-03-12T10:00Z"), at("2026-03-12T10:00Z"))).toBeNull();
  });
});

describe("calendars that never open", () => {
  it("throws InvalidCalendarError instead of looping when holidays close every remaining window", () => {
    // Only Mondays open, and the next 200 Mondays are holidays: no business time within reach.
    const mondays = Array.from({ length: 200 }, (_, i) =>
      new Date(at("2025-01-06T00:00Z") + i * 7 * 24 * H).toISOString().slice(0, 10),
    );
    const cal: BusinessCalendar = {
      timeZone: "Europe/Amsterdam",
      weekly: { mon: nineToFive },
      holidays: mondays,
    };
    // The 201st Monday opens again: 2028-11-06 09:00+01:00
    expect(iso(nextBusinessInstant(cal, at("2025-01-01T00:00Z")))).toBe("2028-11-06T08:00:00.000Z");
    const forever: BusinessCalendar = { timeZone: "Europe/Amsterdam", weekly: {} };
    expect(() => addBusinessTime(forever, 0, H)).toThrow(InvalidCalendarError);
  });
});
