import { businessLeftAt, isPausedByStatus, type CountdownClock } from "./countdown-clock";
import type { ClockTone } from "./types";

/**
 * The colour of a clock at nowMs: red once past due, amber once past the warning instant (or with
 * no business time left), grey while the status pauses it. "Past" is strict, as in the SLA engine:
 * breach is now > dueAt and warning now > warnAt. A clock merely closed for the night keeps
 * amber if it was amber, since the deadline is still coming; otherwise it reads as paused.
 */
export function clockTone(clock: CountdownClock, nowMs: number): ClockTone {
  if (clock.state === "met") return "met";
  if (clock.state === "breached") return "breached";
  if (clock.dueAt !== null && nowMs > clock.dueAt) return "breached";
  if (isPausedByStatus(clock)) return "paused";
  const warned =
    (clock.warning ?? clock.tone === "warning") ||
    (clock.warnAt !== null && nowMs > clock.warnAt) ||
    clock.leftMs <= 0 ||
    businessLeftAt(clock, nowMs) === 0;
  if (warned) return "warning";
  if (clock.pausedReason === "outside_business_hours") return "paused";
  if (clock.state === "running") return "ok";
  return "neutral";
}
