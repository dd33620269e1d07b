import type { Status } from "../conversation/types";
import {
  addBusinessTime,
  businessIntervalsBetween,
  businessTimeBetween,
  isBusinessInstant,
  nextBusinessInstant,
  nextClosing,
  wallClockAt,
} from "../time";
import type { BusinessCalendar } from "../time";
import { countBusinessDays } from "./business-days";
import { PAUSABLE_STATUSES } from "./policy";
import type { StatusChange } from "./replay";
import type { PauseReason, TimelineSegment } from "./types";
import { BUSINESS_TIME_LIMITS } from "../limits/business-time";

/** Status-paused reasons are the statuses themselves; policies may pause only on these. */
export function pauseReasonOf(status: Status, pauseStatuses: readonly Status[]): PauseReason | null {
  if (!pauseStatuses.includes(status) || !PAUSABLE_STATUSES.includes(status)) return null;
  return status === "snoozed" ? "snoozed" : "pending";
}

function append(segments: TimelineSegment[], next: TimelineSegment): void {
  if (next.to <= next.from) return;
  const last = segments[segments.length - 1];
  if (
    last?.kind === next.kind &&
    last.reason === next.reason &&
    last.to === next.from &&
    last.days === undefined &&
    next.days === undefined
  ) {
    last.to = next.to;
    last.usedMs += next.usedMs;
    return;
  }
  segments.push(next);
}

/**
 * Detail kept at each end of a running stretch: the week the clock started (or resumed) and the
 * latest week read day by day; what lies between is summarised. A week is what a lead scrolls
 * through to see how a clock was spent; beyond it the days repeat and only the total is news.
 */
export const TIMELINE_DETAIL_MS = BUSINESS_TIME_LIMITS.timelineDetail.value;

/** Detail kept either side of the instant the target was used up, so the breach reads exactly. */
export const TIMELINE_BREACH_DETAIL_MS = BUSINESS_TIME_LIMITS.timelineBreachDetail.value;

/** Gaps between detail windows shorter than this are listed, not summarised as "ran 1 business day". */
export const MIN_SUMMARY_MS = BUSINESS_TIME_LIMITS.timelineMinSummary.value;

/**
 * How far a detail window's edge looks for the edge of the business interval it would cut (a week
 * holds a closing on any calendar but a 24/7 one, which is a single entry anyway); past it the
 * window is cut mid-interval, which only splits one "ran" entry in two.
 */
export const SNAP_MS = BUSINESS_TIME_LIMITS.timelineSnap.value;

/** Every business interval of [from, to), closed gaps between: the detailed form. */
function appendDetail(segments: TimelineSegment[], cal: BusinessCalendar, from: number, to: number): void {
  let cursor = from;
  for (const [open, close] of businessIntervalsBetween(cal, from, to)) {
    append(segments, { kind: "closed", from: cursor, to: open, usedMs: 0 });
    append(segments, { kind: "ran", from: open, to: close, usedMs: close - open });
    cursor = close;
  }
  append(segments, { kind: "closed", from: cursor, to, usedMs: 0 });
}

/** The last closing in [from, to), given that [from, to) holds business time. */
function lastClosingBefore(cal: BusinessCalendar, from: number, to: number): number {
  for (let end = to; end > from; end = Math.max(from, end - SNAP_MS)) {
    const intervals = businessIntervalsBetween(cal, Math.max(from, end - SNAP_MS), end);
    const last = intervals[intervals.length - 1];
    if (last !== undefined) return last[1];
  }
  return to;
}

/** [from, to) as one entry: "ran N business days, first - last" between its closed edges. */
function appendSummary(segments: TimelineSegment[], cal: BusinessCalendar, from: number, to: number): void {
  if (to - from < MIN_SUMMARY_MS) {
    appendDetail(segments, cal, from, to);
    return;
  }
  const usedMs = businessTimeBetween(cal, from, to);
  if (usedMs === 0) {
    append(segments, { kind: "closed", from, to, usedMs: 0 });
    return;
  }
  const first = nextBusinessInstant(cal, from);
  const last = lastClosingBefore(cal, from, to);
  const dayOf = (t: number) => wallClockAt(cal.timeZone, t).dayNumber;
  const days = countBusinessDays(cal, dayOf(first), dayOf(last - 1));
  append(segments, { kind: "closed", from, to: first, usedMs: 0 });
  append(segments, { kind: "ran", from: first, to: last, usedMs, days });
  append(segments, { kind: "closed", from: last, to, usedMs: 0 });
}

/** Where the business interval holding t starts (t itself when closed; a cut when it began long ago). */
function openingAtOrBefore(cal: BusinessCalendar, floor: number, t: number): number {
  if (t <= floor || !isBusinessInstant(cal, t)) return Math.max(floor, t);
  const intervals = businessIntervalsBetween(cal, Math.max(floor, t - SNAP_MS), t + 1);
  return intervals[intervals.length - 1]?.[0] ?? t;
}

/** Where the business interval holding t ends (t itself when closed; a cut when it runs on long). */
function closingAtOrAfter(cal: BusinessCalendar, ceiling: number, t: number): number {
  if (t >= ceiling || !isBusinessInstant(cal, t)) return Math.min(ceiling, t);
  const until = Math.min(ceiling, t + SNAP_MS);
  return nextClosing(cal, t, until) ?? until;
}

/** The stretch's detail windows, widened to whole business intervals, sorted and merged. */
function detailWindows(
  cal: BusinessCalendar,
  from: number,
  to: number,
  breachAt: number | null,
): Array<[number, number]> {
  const raw: Array<[number, number]> = [
    [from, from + TIMELINE_DETAIL_MS],
    [to - TIMELINE_DETAIL_MS, to],
  ];
  if (breachAt !== null)
    raw.push([breachAt - TIMELINE_BREACH_DETAIL_MS, breachAt + TIMELINE_BREACH_DETAIL_MS]);
  const windows = raw
    .map(([a, b]): [number, number] => [openingAtOrBefore(cal, from, a), closingAtOrAfter(cal, to, b)])
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push(window);
  }
  return merged;
}

/**
 * Splits an unpaused stretch into business time ("ran") and the closed gaps between, with a bounded
 * number of entries whatever its length: the first and latest week and the day either side of the
 * breach in detail, the rest as "ran N business days" entries whose usedMs is exact. A stretch that
 * is business time throughout (a 24/7 calendar) is one entry. Answers the business time it holds.
 */
function appendRunning(
  segments: TimelineSegment[],
  cal: BusinessCalendar,
  from: number,
  to: number,
  breachAt: number | null,
): number {
  const usedMs = businessTimeBetween(cal, from, to);
  if (usedMs === to - from) {
    append(segments, { kind: "ran", from, to, usedMs });
    return usedMs;
  }
  let cursor = from;
  for (const [a, b] of detailWindows(cal, from, to, breachAt)) {
    if (a > cursor) appendSummary(segments, cal, cursor, a);
    appendDetail(segments, cal, Math.max(a, cursor), b);
    cursor = Math.max(cursor, b);
  }
  if (cursor < to) appendSummary(segments, cal, cursor, to);
  return usedMs;
}

export interface TimelineOptions {
  /**
   * The clock's target: the stretch where it is used up keeps the day either side in detail, so
   * `breachInstantOf` finds the breach inside a detailed entry, never inside a summary.
   */
  targetMs?: number;
}

/**
 * The contiguous explanation of [from, to): paused (why) while the status pauses clocks, otherwise
 * ran during business hours and closed outside them. A status pause hides business hours: nothing
 * accrues either way, and the status is the reason worth telling. Long running stretches are
 * summarised (see appendRunning), so the answer stays small for a clock started decades ago.
 */
export function buildTimeline(
  cal: BusinessCalendar,
  statusHistory: readonly StatusChange[],
  pauseStatuses: readonly Status[],
  from: number,
  to: number,
  options: TimelineOptions = {},
): TimelineSegment[] {
  const segments: TimelineSegment[] = [];
  let used = 0;
  statusHistory.forEach((change, i) => {
    const start = Math.max(change.at, from);
    const end = Math.min(statusHistory[i + 1]?.at ?? Infinity, to);
    if (end <= start) return;
    const reason = pauseReasonOf(change.status, pauseStatuses);
    if (reason) {
      append(segments, { kind: "paused", reason, from: start, to: end, usedMs: 0 });
      return;
    }
    const target = options.targetMs;
    const breachAt =
      target !== undefined && used <= target ? addBusinessTime(cal, start, target - used) : null;
    used += appendRunning(segments, cal, start, end, breachAt !== null && breachAt < end ? breachAt : null);
  });
  return segments;
}

/** Business time a timeline accrued. */
export function usedMsOf(timeline: readonly TimelineSegment[]): number {
  return timeline.reduce((sum, segment) => sum + segment.usedMs, 0);
}

/**
 * The instant a timeline's used time passed `targetMs`, given that it did: the latest instant at
 * which exactly `targetMs` had been used (the same rule as `addBusinessTime`), so the clock counts
 * as breached from the next millisecond on.
 */
export function breachInstantOf(timeline: readonly TimelineSegment[], targetMs: number): number | null {
  let used = 0;
  for (const segment of timeline) {
    if (used + segment.usedMs > targetMs) return segment.from + (targetMs - used);
    used += segment.usedMs;
  }
  return null;
}
