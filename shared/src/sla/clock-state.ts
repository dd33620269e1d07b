import { addBusinessTime, isBusinessInstant, nextBusinessInstant, nextClosing } from "../time";
import type { BusinessCalendar } from "../time";
import { targetMsOf } from "./policy";
import type { ClockCycle, Replay } from "./replay";
import { breachInstantOf, buildTimeline, pauseReasonOf, usedMsOf } from "./timeline";
import type { ClockRunState, ClockState, PauseReason, SlaPolicy } from "./types";

/** Why a clock that has not stopped accrues nothing right now, or null when it is accruing. */
function pausedReasonNow(
  cal: BusinessCalendar,
  replay: Replay,
  policy: SlaPolicy,
  nowMs: number,
): PauseReason | null {
  const byStatus = pauseReasonOf(replay.status, policy.pauseStatuses);
  if (byStatus) return byStatus;
  return isBusinessInstant(cal, nowMs) ? null : "outside_business_hours";
}

/**
 * One cycle judged at `nowMs`: a stopped cycle against the target of the priority it stopped
 * under, a running one against the current priority's target (re-tiering keeps the time used).
 * Null when that tier sets no target for this clock.
 */
export function evaluateCycle(
  cycle: ClockCycle,
  replay: Replay,
  policy: SlaPolicy,
  cal: BusinessCalendar,
  nowMs: number,
): ClockState | null {
  const targetMs = targetMsOf(policy, cycle.stoppedPriority ?? replay.priority, cycle.kind);
  if (targetMs === null) return null;
  const stopped = cycle.stoppedAt !== null;
  const end = cycle.stoppedAt ?? nowMs;
  const timeline = buildTimeline(cal, replay.statusHistory, policy.pauseStatuses, cycle.startedAt, end, {
    targetMs,
  });
  const usedMs = usedMsOf(timeline);
  const leftMs = targetMs - usedMs;
  // Warning follows the breach rule (strictly more than the threshold used), so `warning` turns
  // true exactly when now > warnAt; see README.md.
  const warnMs = Math.floor(policy.warningThreshold * targetMs);
  const breached = usedMs > targetMs;
  const pausedReason = stopped ? null : pausedReasonNow(cal, replay, policy, nowMs);
  const statusPaused = pausedReason === "pending" || pausedReason === "snoozed";
  const accruing = !stopped && !statusPaused;

  let state: ClockRunState = "running";
  if (breached) state = "breached";
  else if (stopped) state = "met";
  else if (statusPaused) state = "paused";

  let dueAt: number | null = null;
  if (breached) dueAt = breachInstantOf(timeline, targetMs);
  else if (accruing) dueAt = addBusinessTime(cal, nowMs, leftMs);
  const resumesAt = pausedReason === "outside_business_hours" ? nextBusinessInstant(cal, nowMs) : null;
  const closesAt =
    accruing && !breached && dueAt !== null ? nextClosing(cal, resumesAt ?? nowMs, dueAt) : null;

  return {
    kind: cycle.kind,
    cycle: cycle.cycle,
    state,
    warning: !stopped && usedMs > warnMs,
    startedBy: cycle.startedBy,
    startedAt: cycle.startedAt,
    stoppedAt: cycle.stoppedAt,
    targetMs,
    usedMs,
    leftMs,
    dueAt,
    warnAt: accruing && usedMs <= warnMs ? addBusinessTime(cal, nowMs, warnMs - usedMs) : null,
    pausedReason,
    resumesAt,
    closesAt,
    timeline,
  };
}
