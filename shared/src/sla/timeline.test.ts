import fc from "fast-check";
import type { Status } from "../conversation/types";
import { businessIntervalsBetween, type BusinessCalendar } from "../time";
import { AMS } from "../../test/sla/fixtures";
import { countBusinessDays } from "./business-days";
import { describeTimeline } from "./describe-timeline";
import type { StatusChange } from "./replay";
import { breachInstantOf, buildTimeline, pauseReasonOf, usedMsOf } from "./timeline";
import type { ClockState, TimelineSegment } from "./types";

const DAY = 86_400_000;
const PAUSES: Status[] = ["pending", "snoozed"];

/** The detailed timeline as it was before summaries: every business interval listed (the oracle). */
function fullTimeline(
  cal: BusinessCalendar,
  history: readonly StatusChange[],
  from: number,
  to: number,
): TimelineSegment[] {
  const out: TimelineSegment[] = [];
  history.forEach((change, i) => {
    const start = Math.max(change.at, from);
    const end = Math.min(history[i + 1]?.at ?? Infinity, to);
    if (end <= start) return;
    if (pauseReasonOf(change.status, PAUSES)) return;
    for (const [a, b] of businessIntervalsBetween(cal, start, end))
      out.push({ kind: "ran", from: a, to: b, usedMs: b - a });
  });
  return out;
}

const LUNCH_UTC: BusinessCalendar = {
  timeZone: "UTC",
  weekly: {
    mon: [
      ["08:00", "12:00"],
      ["13:00", "17:00"],
    ],
    wed: [
      ["08:00", "12:00"],
      ["13:00", "24:00"],
    ],
    thu: [["00:00", "06:00"]],
    sat: [["10:00", "14:00"]],
  },
  holidays: ["2025-12-25", "2026-01-01", "2026-05-04"],
};
const NEW_YORK_24_5: BusinessCalendar = {
  timeZone: "America/New_York",
  weekly: Object.fromEntries(
    (["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [["00:00", "24:00"]]]),
  ),
  holidays: ["2026-07-03"],
};
const CALENDARS = [AMS, LUNCH_UTC, NEW_YORK_24_5];

const T0 = Date.parse("2024-01-01T00:00:00Z");

describe("buildTimeline on long stretches", () => {
  it("summarises 36 years since 1990 into a few dozen entries with the exact business time", () => {
    const from = Date.parse("1990-03-05T10:00:00Z");
    const to = Date.parse("2026-11-23T12:00:00Z");
    const history: StatusChange[] = [{ at: from, status: "open" }];
    const timeline = buildTimeline(AMS, history, PAUSES, from, to, { targetMs: 4 * 3_600_000 });
    expect(timeline.length).toBeLessThanOrEqual(40);
    expect(usedMsOf(timeline)).toBe(usedMsOf(fullTimeline(AMS, history, from, to)));
    const clock = { timeline } as ClockState;
    expect(describeTimeline(clock, AMS.timeZone)).toContain(
      "ran 9569 business days, Tue 13 Mar 1990 – Fri 13 Nov 2026 (76552 h)",
    );
  });

  it("keeps a 24/7 stretch as one entry", () => {
    const always: BusinessCalendar = {
      timeZone: "UTC",
      weekly: Object.fromEntries(
        (["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const).map((d) => [d, [["00:00", "24:00"]]]),
      ),
    };
    const from = Date.parse("1990-01-01T00:00:00Z");
    const to = Date.parse("2026-01-01T00:00:00Z");
    expect(buildTimeline(always, [{ at: from, status: "open" }], PAUSES, from, to)).toEqual([
      { kind: "ran", from, to, usedMs: to - from },
    ]);
  });

  it("agrees with the detailed timeline on time used, contiguity and the breach instant", () => {
    const history = fc
      .array(
        fc.tuple(
          fc.integer({ min: 0, max: 700 * DAY }),
          fc.constantFrom<Status>("open", "pending", "snoozed"),
        ),
        {
          maxLength: 6,
        },
      )
      .map((changes) =>
        [{ at: T0, status: "open" as Status }].concat(
          changes.map(([offset, status]) => ({ at: T0 + offset, status })).sort((a, b) => a.at - b.at),
        ),
      );
    fc.assert(
      fc.property(
        fc.constantFrom(...CALENDARS),
        history,
        fc.integer({ min: 0, max: 30 * DAY }),
        fc.integer({ min: DAY, max: 800 * DAY }),
        fc.integer({ min: 1, max: 400 * 3_600_000 }),
        (cal, changes, startOffset, span, targetMs) => {
          const from = T0 + startOffset;
          const to = from + span;
          const timeline = buildTimeline(cal, changes, PAUSES, from, to, { targetMs });
          const oracle = fullTimeline(cal, changes, from, to);
          expect(usedMsOf(timeline)).toBe(usedMsOf(oracle));
          expect(breachInstantOf(timeline, targetMs)).toBe(breachInstantOf(oracle, targetMs));
          // Contiguous over [from, to): no gap, no overlap.
          expect(timeline[0]?.from).toBe(from);
          expect(timeline[timeline.length - 1]?.to).toBe(to);
          timeline.slice(1).forEach((segment, i) => {
            expect(segment.from).toBe(timeline[i]?.to);
          });
          // Bounded by the stretches, not by the span: ~2 weeks of detail plus 2 days around the breach each.
          const stretches = changes.length;
          expect(timeline.length).toBeLessThanOrEqual(stretches * 70 + 30);
          // A summary's day count is the oracle's count of business days it covers.
          for (const s of timeline.filter((x) => x.days !== undefined)) {
            const inside = oracle.filter((x) => x.from >= s.from && x.to <= s.to);
            expect(inside.reduce((sum, x) => sum + x.usedMs, 0)).toBe(s.usedMs);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("countBusinessDays", () => {
  it("counts open weekdays minus holidays on them, by arithmetic", () => {
    const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 120 }), (offset, length) => {
        const first = dayOf("2025-06-01") + offset;
        const last = first + length;
        let expected = 0;
        for (let day = first; day <= last; day++) {
          if (businessIntervalsBetween(LUNCH_UTC, day * DAY, (day + 1) * DAY).length > 0) expected++;
        }
        expect(countBusinessDays(LUNCH_UTC, first, last)).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});
