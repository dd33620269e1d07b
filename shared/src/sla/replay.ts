import { isHistory } from "../conversation/message-time";
import type { ClockKind, ConversationEvent, Priority, Status } from "../conversation/types";
import { effectiveInstant, sortByEffectiveInstant } from "./effective-instant";

/** One start-to-stop run of one clock, before any business-time arithmetic. */
export interface ClockCycle {
  kind: ClockKind;
  cycle: number;
  /** The message id (or, for an agent's reopen, the event id) that started the cycle. */
  startedBy: string;
  startedAt: number;
  stoppedAt: number | null;
  /** Priority in force when the cycle stopped: a finished clock keeps the target it was judged by. */
  stoppedPriority: Priority | null;
}

/** The status in force from `at` until the next change. */
export interface StatusChange {
  at: number;
  status: Status;
}

export interface Replay {
  cycles: ClockCycle[];
  /** Starts at -Infinity with the initial status; ascending `at`. */
  statusHistory: StatusChange[];
  priority: Priority;
  status: Status;
}

/** The log may begin mid-life (imports): the first change's `from` tells what held before it. */
function initialOf<T>(
  events: readonly ConversationEvent[],
  pick: (e: ConversationEvent) => T | undefined,
  fallback: T,
): T {
  for (const event of events) {
    const value = pick(event);
    if (value !== undefined) return value;
  }
  return fallback;
}

/**
 * What the replay knows after some prefix of the log: the latest cycle of each clock, the status
 * and priority in force, and the status history. Advanced one event at a time by `stepClocks`, so
 * a full replay and an incremental fold (fold.ts) apply the same rules.
 */
export interface ClockCursor {
  latest: Partial<Record<ClockKind, ClockCycle>>;
  statusHistory: StatusChange[];
  priority: Priority;
  status: Status;
}

/**
 * Whether an event can move a clock; every other event leaves the replay as it was. A history
 * message (sent before the mailbox joined Baton) is recorded, not timed: it moves nothing.
 */
export function movesClocks(event: ConversationEvent): boolean {
  if (isHistory(event)) return false;
  return (
    event.type === "message_received" ||
    event.type === "message_sent" ||
    event.type === "status_changed" ||
    event.type === "priority_changed"
  );
}

/**
 * Applies one event (events in effective order) to `cursor`, in place. `started` hears of every
 * cycle begun; stopping a cycle updates that same object. Rules: README.md in this folder.
 */
export function stepClocks(
  cursor: ClockCursor,
  event: ConversationEvent,
  started: (cycle: ClockCycle) => void = () => undefined,
): void {
  if (!movesClocks(event)) return;
  const at = effectiveInstant(event);
  const running = (kind: ClockKind): ClockCycle | undefined => {
    const cycle = cursor.latest[kind];
    return cycle && cycle.stoppedAt === null ? cycle : undefined;
  };
  const start = (kind: ClockKind, number: number, startedBy: string): void => {
    const cycle: ClockCycle = {
      kind,
      cycle: number,
      startedBy,
      startedAt: at,
      stoppedAt: null,
      stoppedPriority: null,
    };
    cursor.latest[kind] = cycle;
    started(cycle);
  };
  const stop = (kind: ClockKind): void => {
    const cycle = running(kind);
    if (cycle) {
      cycle.stoppedAt = at;
      cycle.stoppedPriority = cursor.priority;
    }
  };
  const setStatus = (next: Status): void => {
    if (next === cursor.status) return;
    cursor.status = next;
    cursor.statusHistory.push({ at, status: next });
  };

  switch (event.type) {
    case "message_received": {
      // A customer writing reopens a resolved, pending or snoozed conversation (the state machine's
      // rule) from when the message was sent: the system's status change is logged only when the
      // message is reported, which may be much later, and that wait must count against the team.
      setStatus("open");
      if (!cursor.latest.first_response) start("first_response", 1, event.messageId);
      else if (!running("first_response") && !running("next_response")) {
        // Next-response cycles number on from the first response (cycle 1): 2, 3, ...
        start("next_response", (cursor.latest.next_response?.cycle ?? 1) + 1, event.messageId);
      }
      if (!running("resolution"))
        start("resolution", (cursor.latest.resolution?.cycle ?? 0) + 1, event.messageId);
      break;
    }
    case "message_sent":
      stop("first_response");
      stop("next_response");
      break;
    case "status_changed":
      if (event.to === "resolved" && cursor.status !== "resolved") {
        // Resolving answers the customer too (as in Zendesk): every running clock stops.
        stop("first_response");
        stop("next_response");
        stop("resolution");
      } else if (cursor.status === "resolved" && event.to !== "resolved" && cursor.latest.resolution) {
        start("resolution", cursor.latest.resolution.cycle + 1, event.id);
      }
      setStatus(event.to);
      break;
    case "priority_changed":
      cursor.priority = event.to;
      break;
    default:
      // Assignment, tags, notes and the SLA's own warned/breached/escalated events move no clock.
      break;
  }
}

/** The status and priority in force before the log's first change of each. */
export function initialCursor(sorted: readonly ConversationEvent[]): ClockCursor {
  const status = initialOf<Status>(sorted, (e) => (e.type === "status_changed" ? e.from : undefined), "open");
  const priority = initialOf<Priority>(
    sorted,
    (e) => (e.type === "priority_changed" ? e.from : undefined),
    "normal",
  );
  return { latest: {}, statusHistory: [{ at: -Infinity, status }], priority, status };
}

/** Replays the log (only what had happened by `nowMs`) into clock cycles and the status history. */
export function replayClocks(events: readonly ConversationEvent[], nowMs: number): Replay {
  const sorted = sortByEffectiveInstant(events).filter((e) => effectiveInstant(e) <= nowMs);
  const cursor = initialCursor(sorted);
  const cycles: ClockCycle[] = [];
  for (const event of sorted) stepClocks(cursor, event, (cycle) => cycles.push(cycle));
  return { cycles, statusHistory: cursor.statusHistory, priority: cursor.priority, status: cursor.status };
}
