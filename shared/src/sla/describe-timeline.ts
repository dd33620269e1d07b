import type { ConversationEvent } from "../conversation/types";
import { explainRoutedEvent, type DisplayNames } from "../routing/explain";
import { formatDuration } from "../time/format-duration";
import { formatDay, formatStamp } from "../view/format-stamp";
import { zoneWallAt } from "../view/zone-clock";
import type { ClockState, PauseReason, TimelineSegment } from "./types";

const REASON_TEXT: Record<PauseReason, string> = {
  pending: "waiting on customer",
  snoozed: "snoozed",
  outside_business_hours: "outside business hours",
};

/** Business time stays in hours: "1 d" would read as a business day. */
const business = (ms: number) => formatDuration(ms, { largest: "h" });

interface Style {
  timeZone: string;
  withYear: boolean;
}

/** "Mon 23 Mar 09:00–12:00", "Thu 24 Dec 17:00–Mon 28 Dec 09:00": the end's date only if it differs. */
function formatSpan(segment: TimelineSegment, style: Style): string {
  const from = formatStamp(segment.from, style.timeZone, style);
  const sameDay =
    zoneWallAt(style.timeZone, segment.from).date === zoneWallAt(style.timeZone, segment.to).date;
  const to = sameDay
    ? zoneWallAt(style.timeZone, segment.to).hhmm
    : formatStamp(segment.to, style.timeZone, style);
  return `${from}–${to}`;
}

/** "ran 212 business days, Mon 3 Feb – Fri 28 Nov (1696 h)": a summarised regular stretch. */
function describeSummary(segment: TimelineSegment, days: number, style: Style): string {
  const count = days === 1 ? "1 business day" : `${days} business days`;
  // The last business day is the one before `to` (a closing at 24:00 is the next date's 00:00).
  const first = formatDay(segment.from, style.timeZone, style);
  const last = formatDay(segment.to - 1, style.timeZone, style);
  return `ran ${count}, ${first} – ${last} (${business(segment.usedMs)})`;
}

function describeSegment(segment: TimelineSegment, style: Style): string {
  if (segment.kind === "ran" && segment.days !== undefined)
    return describeSummary(segment, segment.days, style);
  const span = formatSpan(segment, style);
  switch (segment.kind) {
    case "ran":
      return `ran ${span} (${business(segment.usedMs)})`;
    case "paused":
      return `paused — ${REASON_TEXT[segment.reason ?? "pending"]} ${span}`;
    case "closed":
      return `outside business hours ${span}`;
  }
}

/**
 * The clock at a glance, before its stretches: "Target 4 h · used 3 h · 1 h left · due Tue 24 Mar
 * 10:00", "Target 4 h · used 5 h 20 min · 1 h 20 min over · breached Mon 23 Mar 14:00", "Target 4 h
 * · used 35 min · met Mon 23 Mar 09:35". Durations are business time.
 */
export function describeClockSummary(clock: ClockState, timeZone: string, withYear = false): string {
  // Written defensively: a clock read back from storage by an older writer may lack an instant.
  const stamp = (word: string, t: number | null | undefined) =>
    typeof t === "number" && Number.isFinite(t) ? ` · ${word} ${formatStamp(t, timeZone, { withYear })}` : "";
  const head = `Target ${business(clock.targetMs)} · used ${business(clock.usedMs)}`;
  if (clock.state === "breached")
    return `${head} · ${business(clock.usedMs - clock.targetMs)} over${stamp("breached", clock.dueAt)}`;
  if (clock.state === "met") return `${head}${stamp("met", clock.stoppedAt)}`;
  return `${head} · ${business(clock.leftMs)} left${stamp("due", clock.dueAt)}`;
}

/** Whether the timeline reaches into another calendar year, where day and month alone are ambiguous. */
function crossesAYear(clock: ClockState, timeZone: string): boolean {
  const first = clock.timeline[0];
  const last = clock.timeline[clock.timeline.length - 1];
  const instants = [first?.from, last?.to, clock.dueAt, clock.stoppedAt].filter(
    (t): t is number => typeof t === "number",
  );
  const years = new Set(instants.map((t) => zoneWallAt(timeZone, t).date.slice(0, 4)));
  return years.size > 1;
}

/**
 * The explain timeline in the team's zone, in one date style ("Mon 23 Mar 09:00", with the year
 * when the clock crosses one): first the summary (target, used, left or over, and the due or breach
 * instant), then one line per segment, e.g. "ran Mon 23 Mar 09:00–12:00 (3 h)".
 */
export function describeTimeline(clock: ClockState, timeZone: string): string[] {
  const style: Style = { timeZone, withYear: crossesAYear(clock, timeZone) };
  return [
    describeClockSummary(clock, timeZone, style.withYear),
    ...clock.timeline.map((segment) => describeSegment(segment, style)),
  ];
}

/**
 * A routing decision as a line of the explain timeline, in the same date style: "Mon 23 Mar 10:02
 * Assigned to Ana by round-robin", "Mon 23 Mar 10:02 Tagged billing by rule 'Invoices'"; null for an
 * event routing did not produce.
 */
export function describeRoutedEvent(
  event: ConversationEvent,
  timeZone: string,
  names?: DisplayNames,
): string | null {
  const why = explainRoutedEvent(event, names);
  return why === null ? null : `${formatStamp(event.at, timeZone)} ${why}`;
}
