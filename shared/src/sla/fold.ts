import type { ClockKind, ConversationEvent } from "../conversation/types";
import type { BusinessCalendar } from "../time";
import { effectiveInstant, sortByEffectiveInstant } from "./effective-instant";
import { reachableEntries, type Span } from "./reachable";
import { initialCursor, movesClocks, stepClocks, type ClockCursor, type ClockCycle } from "./replay";
import { stateOfReplay } from "./sla-state";
import type { SlaPolicy, SlaState } from "./types";

/**
 * What `slaState` needs of a whole log, kept small enough to store on the conversation document:
 * the latest cycle of each clock, the status and priority in force, and the status changes since
 * the oldest of those cycles began. A new append folds into it (`foldSla`), so computing the SLA
 * after a change reads no log. Plain JSON (no -Infinity, no undefined), so Firestore keeps it as is.
 */
export interface SlaFold {
  latest: Partial<Record<ClockKind, ClockCycle>>;
  /** Ascending; the first entry is in force from before any cycle kept here began. */
  statusHistory: Array<{ at: number; status: ClockCursor["status"] }>;
  priority: ClockCursor["priority"];
  status: ClockCursor["status"];
  /**
   * Whether a status (priority) change has been folded. Until one has, the replay's rule that the
   * first change's `from` tells what held before is only assumed ("open", "normal").
   */
  statusKnown: boolean;
  priorityKnown: boolean;
  /** Effective instant of the latest clock-moving event folded; null before any. */
  horizon: number | null;
}

/** Stands for the replay's -Infinity: before every instant a log can hold, and storable. */
const BEFORE_EVERYTHING = Number.MIN_SAFE_INTEGER;

/** The fold of an empty log. */
export function emptySlaFold(): SlaFold {
  return {
    latest: {},
    statusHistory: [{ at: BEFORE_EVERYTHING, status: "open" }],
    priority: "normal",
    status: "open",
    statusKnown: false,
    priorityKnown: false,
    horizon: null,
  };
}

/** The fold of a whole log (rebuilds, and documents written before folds existed). */
export function slaFoldOf(events: readonly ConversationEvent[]): SlaFold {
  const sorted = sortByEffectiveInstant(events);
  const cursor = initialCursor(sorted);
  let horizon: number | null = null;
  for (const event of sorted) {
    stepClocks(cursor, event);
    if (movesClocks(event)) horizon = effectiveInstant(event);
  }
  return pruned({
    ...cursor,
    statusHistory: cursor.statusHistory.map((change) => ({
      at: Math.max(change.at, BEFORE_EVERYTHING),
      status: change.status,
    })),
    statusKnown: sorted.some((e) => e.type === "status_changed"),
    priorityKnown: sorted.some((e) => e.type === "priority_changed"),
    horizon,
  });
}

/**
 * Folds newly appended events (one append, in log order) into `fold`, so that
 * `slaStateOfFold(foldSla(slaFoldOf(log), appended)) == slaState([...log, ...appended])`.
 * Null when that cannot hold without the log: a clock-moving event at or before the fold's horizon
 * (a message reported after later events: the replay would put it in the middle), or a first
 * status/priority change whose `from` contradicts what the fold assumed held before. The caller
 * then rebuilds with `slaFoldOf`.
 */
export function foldSla(fold: SlaFold, events: readonly ConversationEvent[]): SlaFold | null {
  const moving = sortByEffectiveInstant(events.filter(movesClocks));
  if (moving.length === 0) return fold;
  const first = moving[0];
  if (first !== undefined && fold.horizon !== null && effectiveInstant(first) <= fold.horizon) return null;
  const next = structuredClone(fold);
  for (const event of moving) {
    if (event.type === "status_changed" && !next.statusKnown) {
      if (!adoptInitial(next, "status", event.from)) return null;
      next.statusKnown = true;
    }
    if (event.type === "priority_changed" && !next.priorityKnown) {
      if (!adoptInitial(next, "priority", event.from)) return null;
      next.priorityKnown = true;
    }
    stepClocks(next, event);
    next.horizon = effectiveInstant(event);
  }
  return pruned(next);
}

/**
 * The first change's `from` becomes what held before the log, as in the replay. Before anything
 * moved a clock that is free to set; afterwards it must agree with the default already used.
 */
function adoptInitial(fold: SlaFold, field: "status" | "priority", from: string): boolean {
  // Nothing but a change of its own moves the status off "open" or the priority off "normal".
  if (fold.horizon !== null) return fold[field] === from;
  if (field === "status") {
    fold.status = from as SlaFold["status"];
    fold.statusHistory = [{ at: BEFORE_EVERYTHING, status: fold.status }];
  } else fold.priority = from as SlaFold["priority"];
  return true;
}

/**
 * Drops status changes no kept or future cycle can reach: a timeline reads the history only over
 * its cycle's run, and a future cycle starts after the horizon (reachable.ts).
 */
function pruned(fold: SlaFold): SlaFold {
  const spans: Span[] = Object.values(fold.latest).map((cycle) => ({
    from: cycle.startedAt,
    to: cycle.stoppedAt,
  }));
  spans.push({ from: fold.horizon ?? BEFORE_EVERYTHING, to: null });
  return { ...fold, statusHistory: reachableEntries(fold.statusHistory, (change) => change.at, spans) };
}

/** `slaState` at `nowMs` (not before the fold's horizon) from the fold alone. */
export function slaStateOfFold(
  fold: SlaFold,
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  nowMs: number,
): SlaState {
  const latest = new Map(Object.entries(fold.latest) as Array<[ClockKind, ClockCycle]>);
  const replay = {
    cycles: [...latest.values()],
    statusHistory: fold.statusHistory,
    priority: fold.priority,
    status: fold.status,
  };
  return stateOfReplay(replay, latest, policy, calendar, nowMs);
}
