import {
  clockTone,
  clockView,
  nextDeadline,
  type ClockKind,
  type ClockState,
  type ClockTone,
  type SlaState,
} from "@baton/shared";

/** Sorts conversations without a deadline after every real one in an ascending queue query. */
export const NO_DEADLINE_ORDER = Number.MAX_SAFE_INTEGER;

/** A clock without its timeline: what list views need to colour and count down. */
export type ClockSummary = Omit<ClockState, "timeline"> & { asOf: number; snoozedUntil: number | null };

/**
 * What the conversation document keeps of its SLA state: enough to query (the sweeper's
 * `nextCheckAt <= now`, the queue's deadline order) and to list, without the timelines.
 */
export interface SlaSummary {
  /** Next instant a clock warns or breaches if nothing happens; null when none will. */
  nextCheckAt: number | null;
  /** The view's next deadline: earliest due instant that arrives unless someone acts. */
  nextDeadline: number | null;
  nextDeadlineClock: ClockKind | null;
  /**
   * The queue's sort key: the due instant of a breached clock still waiting for its reply or
   * resolution (overdue work first, longest overdue first), else nextDeadline, else NO_DEADLINE_ORDER.
   * Always a number, so Firestore orders every document.
   */
  queueOrder: number;
  /** The mailbox's version the clocks were computed with; a policy change makes summaries stale. */
  policyVersion: number;
  computedAt: number;
  clocks: ClockSummary[];
}

export function summarizeSla(
  sla: SlaState,
  context: { policyVersion: number; snoozedUntil: number | null; timeZone: string },
  nowMs: number,
): SlaSummary {
  const views = sla.clocks.map((clock) => clockView(clock, context.snoozedUntil, nowMs, context.timeZone));
  const deadline = nextDeadline(views);
  const overdue = sla.clocks
    .filter((clock) => clock.state === "breached" && clock.stoppedAt === null && clock.dueAt !== null)
    .map((clock) => clock.dueAt ?? NO_DEADLINE_ORDER);
  return {
    nextCheckAt: sla.nextCheckAt,
    nextDeadline: deadline,
    nextDeadlineClock: views.find((view) => view.dueAt === deadline && deadline !== null)?.kind ?? null,
    queueOrder: Math.min(...overdue, deadline ?? NO_DEADLINE_ORDER),
    policyVersion: context.policyVersion,
    computedAt: nowMs,
    clocks: sla.clocks.map(({ timeline: _timeline, ...clock }) => ({
      ...clock,
      asOf: nowMs,
      snoozedUntil: context.snoozedUntil,
    })),
  };
}

/** Most urgent first: one colour for a list row. */
const URGENCY: readonly ClockTone[] = ["breached", "warning", "ok", "paused", "neutral", "met"];

/** The most urgent tone of the stored clocks at `nowMs` (they keep counting after being stored). */
export function summaryTone(summary: SlaSummary | undefined, nowMs: number): ClockTone {
  const tones = new Set((summary?.clocks ?? []).map((clock) => clockTone(clock, nowMs)));
  return URGENCY.find((tone) => tones.has(tone)) ?? "neutral";
}
