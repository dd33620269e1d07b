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
 * Replays the log (only what had happened by `nowMs`) into clock cycles and the status history.
 * Rules: README.md in this folder.
 */
export function replayClocks(events: readonly ConversationEvent[], nowMs: number): Replay {
  const sorted = sortByEffectiveInstant(events).filter((e) => effectiveInstant(e) <= nowMs);
  let status = initialOf<Status>(sorted, (e) => (e.type === "status_changed" ? e.from : undefined), "open");
  let priority = initialOf<Priority>(
    sorted,
    (e) => (e.type === "priority_changed" ? e.from : undefined),
    "normal",
  );
  const statusHistory: StatusChange[] = [{ at: -Infinity, status }];
  const cycles: ClockCycle[] = [];
  const latest = new Map<ClockKind, ClockCycle>();

  const running = (kind: ClockKind): ClockCycle | undefined => {
    const cycle = latest.get(kind);
    return cycle && cycle.stoppedAt === null ? cycle : undefined;
  };
  const start = (kind: ClockKind, number: number, startedBy: string, at: number): void => {
    const cycle: ClockCycle = {
      kind,
      cycle: number,
      startedBy,
      startedAt: at,
      stoppedAt: null,
      stoppedPriority: null,
    };
    cycles.push(cycle);
    latest.set(kind, cycle);
  };
  const stop = (kind: ClockKind, at: number): void => {
    const cycle = running(kind);
    if (cycle) {
      cycle.stoppedAt = at;
      cycle.stoppedPriority = priority;
    }
  };
  const setStatus = (at: number, next: Status): void => {
    if (next === status) return;
    status = next;
    statusHistory.push({ at, status });
  };

  for (const event of sorted) {
    const at = effectiveInstant(event);
    switch (event.type) {
      case "message_received": {
        // A customer writing reopens a resolved, pending or snoozed conversation (the state machine's
        // rule) from when the message was sent: the system's status change is logged only when the
        // message is reported, which may be much later, and that wait must count against the team.
        setStatus(at, "open");
        const first = latest.get("first_response");
        if (!first) start("first_response", 1, event.messageId, at);
        else if (!running("first_response") && !running("next_response")) {
          // Next-response cycles number on from the first response (cycle 1): 2, 3, ...
          start("next_response", (latest.get("next_response")?.cycle ?? 1) + 1, event.messageId, at);
        }
        if (!running("resolution")) {
          start("resolution", (latest.get("resolution")?.cycle ?? 0) + 1, event.messageId, at);
        }
        break;
      }
      case "message_sent":
        stop("first_response", at);
        stop("next_response", at);
        break;
      case "status_changed":
        if (event.to === "resolved" && status !== "resolved") {
          // Resolving answers the customer too (as in Zendesk): every running clock stops.
          stop("first_response", at);
          stop("next_response", at);
          stop("resolution", at);
        } else if (status === "resolved" && event.to !== "resolved" && latest.has("resolution")) {
          start("resolution", (latest.get("resolution")?.cycle ?? 0) + 1, event.id, at);
        }
        setStatus(at, event.to);
        break;
      case "priority_changed":
        priority = event.to;
        break;
      default:
        // Assignment, tags, notes and the SLA's own warned/breached/escalated events move no clock.
        break;
    }
  }
  return { cycles, statusHistory, priority, status };
}
