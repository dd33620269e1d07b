import { WEEKDAY_NAMES, formatDuration, wallClockAt } from "../time";
import type { WallClock } from "../time";
import type { ClockState, PauseReason, TimelineSegment } from "./types";

const REASON_TEXT: Record<PauseReason, string> = {
  pending: "waiting on customer",
  snoozed: "snoozed",
  outside_business_hours: "outside business hours",
};

function formatSpan(segment: TimelineSegment, timeZone: string, withDates: boolean): string {
  const from = wallClockAt(timeZone, segment.from);
  const to = wallClockAt(timeZone, segment.to);
  const label = (wall: WallClock): string =>
    withDates
      ? `${WEEKDAY_NAMES[wall.weekday]} ${wall.date} ${wall.hhmm}`
      : `${WEEKDAY_NAMES[wall.weekday]} ${wall.hhmm}`;
  const end = from.date === to.date ? to.hhmm : label(to);
  return `${label(from)}–${end}`;
}

/** "ran 212 business days, Mon 2025-02-03 – Fri 2025-11-28 (1696h)": a summarised regular stretch. */
function describeSummary(segment: TimelineSegment, days: number, timeZone: string): string {
  const day = (t: number) => {
    const wall = wallClockAt(timeZone, t);
    return `${WEEKDAY_NAMES[wall.weekday]} ${wall.date}`;
  };
  const count = days === 1 ? "1 business day" : `${days} business days`;
  // The last business day is the one before `to` (a closing at 24:00 is the next date's 00:00).
  return `ran ${count}, ${day(segment.from)} – ${day(segment.to - 1)} (${formatDuration(segment.usedMs, { largest: "h" })})`;
}

function describeSegment(segment: TimelineSegment, timeZone: string, withDates: boolean): string {
  if (segment.kind === "ran" && segment.days !== undefined)
    return describeSummary(segment, segment.days, timeZone);
  const span = formatSpan(segment, timeZone, withDates);
  switch (segment.kind) {
    case "ran":
      // Business time stays in hours: "1d" would read as a business day.
      return `ran ${span} (${formatDuration(segment.usedMs, { largest: "h" })})`;
    case "paused":
      return `paused — ${REASON_TEXT[segment.reason ?? "pending"]} ${span}`;
    case "closed":
      return `outside business hours ${span}`;
  }
}

/** Whether a weekday name would repeat between the two instants' local dates. */
function spansAWeek(timeZone: string, from: number, to: number): boolean {
  return wallClockAt(timeZone, to).dayNumber - wallClockAt(timeZone, from).dayNumber >= 7;
}

/**
 * One line per timeline segment in the team's zone, e.g. "ran Mon 09:00–12:00 (3h)". Weekday names
 * alone would be ambiguous once a timeline reaches the same weekday again, so such timelines also
 * show dates.
 */
export function describeTimeline(clock: ClockState, timeZone: string): string[] {
  const first = clock.timeline[0];
  const last = clock.timeline[clock.timeline.length - 1];
  const withDates = first !== undefined && last !== undefined && spansAWeek(timeZone, first.from, last.to);
  return clock.timeline.map((segment) => describeSegment(segment, timeZone, withDates));
}
