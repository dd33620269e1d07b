import type { ClockState } from "../sla/types";
import type { ClockTone } from "./types";

/**
 * What the countdown and tone need of a clock. Both a ClockState (with the conversation's
 * snoozedUntil added) and a ClockView fit, so the Outlook pane can re-render a view's clock every
 * second without a round trip.
 */
export type CountdownClock = Pick<
  ClockState,
  "kind" | "state" | "dueAt" | "warnAt" | "leftMs" | "usedMs" | "stoppedAt" | "pausedReason" | "resumesAt"
> & {
  snoozedUntil?: number | null;
  /** When leftMs was measured; without it, nowMs is taken to be that instant. */
  asOf?: number;
  /** ClockState's flag; a ClockView says the same through its tone at asOf. */
  warning?: boolean;
  tone?: ClockTone;
};

/** Paused by the conversation's status (waiting on customer, snoozed), not by the calendar. */
export function isPausedByStatus(clock: CountdownClock): boolean {
  return clock.pausedReason === "pending" || clock.pausedReason === "snoozed";
}

/**
 * The instant from which business time has been running without a break until the deadline would
 * be reached, if the deadline lies inside the current open stretch; null otherwise. Exact without
 * the calendar: business time never runs faster than the wall clock, so the deadline is reached
 * within the open stretch exactly when the wall time to it equals the business time left.
 */
export function openStretchAnchor(clock: CountdownClock, nowMs: number): number | null {
  if (clock.dueAt === null || clock.leftMs <= 0) return null;
  let anchor: number;
  if (clock.state === "running" && clock.pausedReason === null) anchor = clock.asOf ?? nowMs;
  else if (
    clock.pausedReason === "outside_business_hours" &&
    clock.resumesAt !== null &&
    nowMs >= clock.resumesAt
  )
    anchor = clock.resumesAt;
  else return null;
  return clock.dueAt - anchor <= clock.leftMs ? anchor : null;
}
