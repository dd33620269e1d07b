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
  /** ClockState's closesAt; without it, business time left is known only at asOf. */
  closesAt?: number | null;
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

/**
 * Business time left at nowMs, for a clock whose deadline lies after closed hours; null when it cannot
 * be known without the calendar. From asOf it runs down at wall speed inside the open stretch (from
 * resumesAt when it was measured while closed) and stands still from closesAt until the next opening,
 * which only the calendar knows, except that a clock with nothing left stays at nothing until dueAt.
 */
export function businessLeftAt(clock: CountdownClock, nowMs: number): number | null {
  if (clock.dueAt === null || isPausedByStatus(clock) || clock.state === "met" || clock.state === "breached")
    return null;
  const asOf = clock.asOf ?? nowMs;
  if (nowMs <= asOf) return clock.leftMs;
  let from: number;
  if (clock.pausedReason === null) from = asOf;
  else if (clock.pausedReason === "outside_business_hours" && clock.resumesAt !== null)
    from = clock.resumesAt;
  else return null;
  const closesAt = clock.closesAt;
  if (closesAt === undefined) return null;
  const until = closesAt ?? clock.dueAt;
  const left = clock.leftMs - Math.max(0, Math.min(nowMs, until) - from);
  return nowMs <= until || left <= 0 ? Math.max(0, left) : null;
}
