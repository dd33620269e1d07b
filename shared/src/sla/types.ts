import type { ClockKind, Priority, Status } from "../conversation/types";

/** Targets in business minutes; a missing target means the clock does not run for that tier. */
export interface SlaTier {
  firstResponseMinutes?: number;
  nextResponseMinutes?: number;
  resolutionMinutes?: number;
}

export interface SlaPolicy {
  tiers: Record<Priority, SlaTier>;
  /** Fraction of the target after which a running clock is "warning" (e.g. 0.75). */
  warningThreshold: number;
  /** Statuses during which every clock is paused. Default: pending and snoozed. */
  pauseStatuses: Status[];
}

export type ClockRunState = "running" | "paused" | "met" | "breached";

export type PauseReason = "pending" | "snoozed" | "outside_business_hours";

/** One stretch of a clock's explanation ("ran Mon 09:00-12:00", "paused waiting on customer ..."). */
export interface TimelineSegment {
  kind: "ran" | "paused" | "closed";
  /** For "paused": why. "closed" segments are outside business hours. */
  reason?: PauseReason;
  from: number;
  to: number;
  /** Business milliseconds consumed in this segment (0 unless kind is "ran"). */
  usedMs: number;
  /**
   * Set on a summarised "ran" entry (a long regular stretch told as one): how many business days it
   * covers, from the day of `from` to the day before `to`. `usedMs` stays exact; closed time inside
   * it is not listed. Absent on every detailed entry, so older readers see a plain "ran" span.
   */
  days?: number;
}

export interface ClockState {
  kind: ClockKind;
  /** 1 for the first cycle; next-response clocks start a new cycle per customer reply. */
  cycle: number;
  state: ClockRunState;
  /** Whether the warning threshold has been crossed (while running/paused) — drives amber. */
  warning: boolean;
  /** Event that started this cycle (a message id) and when. */
  startedBy: string;
  startedAt: number;
  /** When the clock stopped (met, or stopped after breaching), else null. */
  stoppedAt: number | null;
  targetMs: number;
  usedMs: number;
  /** targetMs - usedMs, negative once breached. */
  leftMs: number;
  /** The instant the clock breaches if it keeps running from now; null while paused by status. */
  dueAt: number | null;
  /** The instant the warning fires if it keeps running; null when passed or paused by status. */
  warnAt: number | null;
  pausedReason: PauseReason | null;
  /** When a clock paused outside business hours resumes (next opening). */
  resumesAt: number | null;
  /**
   * Where the open stretch the clock accrues in ends (the one starting at resumesAt while closed),
   * when that is before dueAt; null when the stretch reaches dueAt, or the clock is stopped or paused
   * by status. Lets a pane tick "42m of business time left" exactly without the calendar.
   */
  closesAt: number | null;
  timeline: TimelineSegment[];
}

export interface SlaState {
  priority: Priority;
  clocks: ClockState[];
  /** The next instant at which any clock warns or breaches, if nothing else happens; null if none. */
  nextCheckAt: number | null;
}
