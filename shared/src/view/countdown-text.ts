import { formatDuration, formatTicker } from "../time";
import { MINUTE_MS } from "../time/units";
import { businessLeftAt, openStretchAnchor, type CountdownClock } from "./countdown-clock";
import { formatWhen } from "./format-when";

export interface CountdownOptions {
  /** "42:10" instead of "42m", for a pane that re-renders every second. */
  seconds?: boolean;
}

/** How a clock reads at an instant; only the last two depend on whether the surface can tick. */
type Reading =
  | { kind: "text"; text: string }
  /** The deadline lies inside the current open stretch: a wall-clock countdown is exact. */
  | { kind: "countdown"; dueAt: number }
  /**
   * The deadline lies after closed hours: a wall-clock countdown would be wrong, so the instant is
   * given, with the business time left when it is known (null: not without the calendar).
   */
  | { kind: "due_after_close"; dueAt: number; leftMs: number | null };

const dueNoun = (clock: CountdownClock) => (clock.kind === "resolution" ? "Resolution" : "Reply");
const byVerb = (clock: CountdownClock) => (clock.kind === "resolution" ? "Resolve" : "Reply");
/** Business time stays in hours: "1d" would read as a business day. */
const BUSINESS = { largest: "h" } as const;

function readClock(clock: CountdownClock, nowMs: number, timeZone: string): Reading {
  const text = (value: string): Reading => ({ kind: "text", text: value });
  const when = (t: number) => formatWhen(t, nowMs, timeZone);
  if (clock.state === "met") return text(`Met in ${formatDuration(clock.usedMs, BUSINESS)}`);
  if (clock.state === "breached" && clock.stoppedAt !== null && clock.dueAt !== null)
    return text(`Breached by ${formatDuration(clock.stoppedAt - clock.dueAt)}`);
  if (clock.state === "breached" || (clock.dueAt !== null && nowMs > clock.dueAt)) {
    if (clock.dueAt === null) return text("Breached");
    const overdue = nowMs - clock.dueAt;
    return text(overdue < MINUTE_MS ? "Breached just now" : `Breached ${formatDuration(overdue)} ago`);
  }
  if (clock.pausedReason === "pending") return text("Paused — waiting on customer");
  if (clock.pausedReason === "snoozed") {
    const until = clock.snoozedUntil ?? null;
    return text(until === null ? "Paused — snoozed" : `Paused — snoozed until ${when(until)}`);
  }
  if (clock.dueAt === null) return text(clock.state === "paused" ? "Paused" : "Running");
  if (openStretchAnchor(clock, nowMs) !== null) return { kind: "countdown", dueAt: clock.dueAt };
  const leftMs = businessLeftAt(clock, nowMs);
  if (clock.leftMs <= 0 || leftMs === 0) {
    // Used up, yet not breached: the calendar is closed until the due instant (or it is now).
    if (clock.dueAt === nowMs) return text(`${dueNoun(clock)} due now`);
    return text(`No business time left — breaches ${when(clock.dueAt)}`);
  }
  if (clock.pausedReason === "outside_business_hours") {
    if (clock.resumesAt === null) return text("Paused — outside business hours");
    if (nowMs < clock.resumesAt)
      return text(`Paused — outside business hours, resumes ${when(clock.resumesAt)}`);
  }
  if (clock.state === "paused" && clock.pausedReason === null) return text("Paused");
  return { kind: "due_after_close", dueAt: clock.dueAt, leftMs };
}

/**
 * The countdown line of a clock at nowMs (issue 2 §7): "Reply due in 42m" (or "42:10" with
 * seconds), "Paused — waiting on customer", "Paused — snoozed until Tue 09:00", "Paused — outside
 * business hours, resumes Mon 09:00", "No business time left — breaches Tue 09:00", "Breached 1h 5m
 * ago", "Met in 35m" (business time used), and, when the deadline lies after closed hours, "Reply due
 * Tue 09:30 — 42m of business time left". Times of day are written in `timeZone`.
 */
export function countdownText(
  clock: CountdownClock,
  nowMs: number,
  timeZone: string,
  opts: CountdownOptions = {},
): string {
  const reading = readClock(clock, nowMs, timeZone);
  switch (reading.kind) {
    case "text":
      return reading.text;
    case "due_after_close": {
      const left =
        reading.leftMs === null ? "" : ` — ${formatDuration(reading.leftMs, BUSINESS)} of business time left`;
      return `${dueNoun(clock)} due ${formatWhen(reading.dueAt, nowMs, timeZone)}${left}`;
    }
    case "countdown": {
      const remaining = reading.dueAt - nowMs;
      if (remaining === 0) return `${dueNoun(clock)} due now`;
      const left = opts.seconds === true ? formatTicker(remaining) : formatDuration(remaining);
      return `${dueNoun(clock)} due in ${left}`;
    }
  }
}

/**
 * For cards that cannot tick (Gmail): the deadline as a time and what is left at render, "Reply by
 * 14:30 — 42m left", or "Reply by Tue 09:30 — 42m of business time left" when the deadline lies
 * after closed hours. Durations and every other state read exactly as in countdownText.
 */
export function gmailDeadlineText(clock: CountdownClock, nowMs: number, timeZone: string): string {
  const reading = readClock(clock, nowMs, timeZone);
  switch (reading.kind) {
    case "text":
      return reading.text;
    case "countdown":
      return `${byVerb(clock)} by ${formatWhen(reading.dueAt, nowMs, timeZone)} — ${formatDuration(reading.dueAt - nowMs)} left`;
    case "due_after_close": {
      const left =
        reading.leftMs === null ? "" : ` — ${formatDuration(reading.leftMs, BUSINESS)} of business time left`;
      return `${byVerb(clock)} by ${formatWhen(reading.dueAt, nowMs, timeZone)}${left}`;
    }
  }
}
