import { formatDuration } from "../time/format-duration";
import { MINUTE_MS } from "../time/units";
import { businessLeftAt, openStretchAnchor, type CountdownClock } from "./countdown-clock";
import { formatWhen, type ZoneArg } from "./format-when";

export interface CountdownOptions {
  /** "47 min 11 s left" instead of "47 min left", for a pane that re-renders every second. */
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

function readClock(clock: CountdownClock, nowMs: number, timeZone: ZoneArg): Reading {
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
 * The clock line of a clock at nowMs, the same in the pane, the card and the dashboard: "Reply by
 * 13:42 — 47 min left" (or "47 min 11 s left" with seconds), "Paused — waiting on customer", "Paused —
 * snoozed until Tue 09:00", "Paused — outside business hours, resumes Mon 09:00", "No business time
 * left — breaches Tue 09:00", "Breached 1 h 5 min ago", "Met in 35 min" (business time used), and,
 * when the deadline lies after closed hours, "Reply by Tue 09:30 — 42 min of business time left".
 * Times are written on the mailbox's clock, and on the reader's too when it differs ("Reply by 09:00
 * Amsterdam · 03:00 your time — 47 min left"); a plain zone string writes one clock, unlabelled.
 */
export function countdownText(
  clock: CountdownClock,
  nowMs: number,
  timeZone: ZoneArg,
  opts: CountdownOptions = {},
): string {
  const reading = readClock(clock, nowMs, timeZone);
  switch (reading.kind) {
    case "text":
      return reading.text;
    case "due_after_close": {
      const left =
        reading.leftMs === null ? "" : ` — ${formatDuration(reading.leftMs, BUSINESS)} of business time left`;
      return `${byVerb(clock)} by ${formatWhen(reading.dueAt, nowMs, timeZone)}${left}`;
    }
    case "countdown": {
      const remaining = reading.dueAt - nowMs;
      if (remaining === 0) return `${dueNoun(clock)} due now`;
      const left = formatDuration(remaining, { seconds: opts.seconds === true });
      return `${byVerb(clock)} by ${formatWhen(reading.dueAt, nowMs, timeZone)} — ${left} left`;
    }
  }
}

/**
 * For cards that cannot tick (Gmail): the same line as countdownText at minute precision, so both
 * clients word the same clock the same way ("Reply by 14:30 — 42 min left").
 */
export function gmailDeadlineText(clock: CountdownClock, nowMs: number, timeZone: ZoneArg): string {
  return countdownText(clock, nowMs, timeZone);
}
