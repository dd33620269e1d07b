import { wallClockAt } from "../time";
import type { ClockState, PauseReason, TimelineSegment } from "./types";

const DAY_MS = 24 * 3_600_000;

const REASON_TEXT: Record<PauseReason, string> = {
  pending: "waiting on customer",
  snoozed: "snoozed",
  outside_business_hours: "outside business hours",
};

const WEEKDAY_TEXT = { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" };

/** "3h", "1h 30m", "45m"; business time is shown to the minute, "<1m" for a few seconds. */
export function formatDuration(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  if (hours > 0 && minutes > 0) return `${hours}h ${minutes}m`;
  if (hours > 0) return `${hours}h`;
  if (minutes > 0) return `${minutes}m`;
  return ms > 0 ? "<1m" : "0m";
}

function formatSpan(segment: TimelineSegment, timeZone: string, withDates: boolean): string {
  const from = wallClockAt(timeZone, segment.from);
  const to = wallClockAt(timeZone, segment.to);
  const label = (wall: typeof from): string =>
    withDates
      ? `${WEEKDAY_TEXT[wall.weekday]} ${wall.date} ${wall.hhmm}`
      : `${WEEKDAY_TEXT[wall.weekday]} ${wall.hhmm}`;
  const end = from.date === to.date ? to.hhmm : label(to);
  return `${label(from)}–${end}`;
}

function describeSegment(segment: TimelineSegment, timeZone: string, withDates: boolean): string {
  const span = formatSpan(segment, timeZone, withDates);
  switch (segment.kind) {
    case "ran":
      return `ran ${span} (${formatDuration(segment.usedMs)})`;
    case "paused":
      return `paused — ${REASON_TEXT[segment.reason ?? "pending"]} ${span}`;
    case "closed":
      return `outside business hours ${span}`;
  }
}

/** Whether a weekday name would repeat between the two instants' local dates. */
function spansAWeek(timeZone: string, from: number, to: number): boolean {
  const days =
    (Date.parse(wallClockAt(timeZone, to).date) - Date.parse(wallClockAt(timeZone, from).date)) / DAY_MS;
  return days >= 7;
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
