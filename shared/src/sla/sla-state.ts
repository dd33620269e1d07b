import type { ClockKind, ConversationEvent } from "../conversation/types";
import type { BusinessCalendar } from "../time";
import { evaluateCycle } from "./clock-state";
import { replayClocks, type ClockCycle, type Replay } from "./replay";
import type { ClockState, SlaPolicy, SlaState } from "./types";

/**
 * Every clock cycle the log has started by `nowMs`, oldest first, each judged as in `slaState`
 * (the "explain" view: which message started each cycle, when it ran, paused, met or breached).
 * Throws InvalidCalendarError for an invalid calendar: validate calendars when they are saved.
 */
export function slaHistory(
  events: readonly ConversationEvent[],
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  nowMs: number,
): ClockState[] {
  const replay = replayClocks(events, nowMs);
  return replay.cycles.flatMap((cycle) => evaluateCycle(cycle, replay, policy, calendar, nowMs) ?? []);
}

/** Clocks that are accruing and have a warning or breach ahead of them. */
function isCounting(clock: ClockState): boolean {
  return clock.state === "running";
}

/**
 * The conversation's SLA at `nowMs`: the latest cycle of each clock kind, in first-response,
 * next-response, resolution order, and when the next warning or breach happens.
 */
export function slaState(
  events: readonly ConversationEvent[],
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  nowMs: number,
): SlaState {
  const replay = replayClocks(events, nowMs);
  return stateOfReplay(
    replay,
    new Map(replay.cycles.map((cycle) => [cycle.kind, cycle])),
    policy,
    calendar,
    nowMs,
  );
}

/** `slaState` of a replay whose latest cycle per kind is `latest` (a full replay or a fold). */
export function stateOfReplay(
  replay: Replay,
  latest: ReadonlyMap<ClockKind, ClockCycle>,
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  nowMs: number,
): SlaState {
  const clocks = (["first_response", "next_response", "resolution"] as const).flatMap((kind) => {
    const cycle = latest.get(kind);
    return (cycle && evaluateCycle(cycle, replay, policy, calendar, nowMs)) ?? [];
  });
  // Breach is `now > dueAt` (warning likewise), so the change shows one millisecond after the
  // deadline: a check scheduled at nextCheckAt always sees it.
  const deadlines = clocks
    .filter(isCounting)
    .flatMap((clock) => [clock.warnAt, clock.dueAt])
    .filter((t): t is number => t !== null);
  const nextCheckAt = deadlines.length === 0 ? null : Math.min(...deadlines) + 1;
  return { priority: replay.priority, clocks, nextCheckAt };
}
