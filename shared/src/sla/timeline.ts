import type { Status } from "../conversation/types";
import { businessIntervalsBetween } from "../time";
import type { BusinessCalendar } from "../time";
import { PAUSABLE_STATUSES } from "./policy";
import type { StatusChange } from "./replay";
import type { PauseReason, TimelineSegment } from "./types";

/** Status-paused reasons are the statuses themselves; policies may pause only on these. */
export function pauseReasonOf(status: Status, pauseStatuses: readonly Status[]): PauseReason | null {
  if (!pauseStatuses.includes(status) || !PAUSABLE_STATUSES.includes(status)) return null;
  return status === "snoozed" ? "snoozed" : "pending";
}

function append(segments: TimelineSegment[], next: TimelineSegment): void {
  if (next.to <= next.from) return;
  const last = segments[segments.length - 1];
  if (last?.kind === next.kind && last.reason === next.reason && last.to === next.from) {
    last.to = next.to;
    last.usedMs += next.usedMs;
    return;
  }
  segments.push(next);
}

/** Splits an unpaused stretch into business time ("ran") and the closed gaps between. */
function appendRunning(segments: TimelineSegment[], cal: BusinessCalendar, from: number, to: number): void {
  let cursor = from;
  for (const [open, close] of businessIntervalsBetween(cal, from, to)) {
    append(segments, { kind: "closed", from: cursor, to: open, usedMs: 0 });
    append(segments, { kind: "ran", from: open, to: close, usedMs: close - open });
    cursor = close;
  }
  append(segments, { kind: "closed", from: cursor, to, usedMs: 0 });
}

/**
 * The contiguous explanation of [from, to): paused (why) while the status pauses clocks, otherwise
 * ran during business hours and closed outside them. A status pause hides business hours: nothing
 * accrues either way, and the status is the reason worth telling.
 */
export function buildTimeline(
  cal: BusinessCalendar,
  statusHistory: readonly StatusChange[],
  pauseStatuses: readonly Status[],
  from: number,
  to: number,
): TimelineSegment[] {
  const segments: TimelineSegment[] = [];
  statusHistory.forEach((change, i) => {
    const start = Math.max(change.at, from);
    const end = Math.min(statusHistory[i + 1]?.at ?? Infinity, to);
    if (end <= start) return;
    const reason = pauseReasonOf(change.status, pauseStatuses);
    if (reason) append(segments, { kind: "paused", reason, from: start, to: end, usedMs: 0 });
    else appendRunning(segments, cal, start, end);
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
