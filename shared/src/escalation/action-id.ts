import type { ClockKind } from "../conversation/types";
import type { SlaActionKind } from "./types";

/**
 * The event id of one SLA action. Derived only from what identifies the fact — conversation, clock,
 * cycle, kind and (for escalations) the rule — so a task and the sweeper firing together, or one of
 * them twice, compute the same id and the store keeps whichever write came first. The conversation
 * key makes it unique across an org (outbox and dead-letter records are keyed by it too).
 * Characters: conversation keys are `c_[a-z0-9]+`, rule ids `[a-z0-9-]`, so the id is a valid
 * Firestore document id.
 */
export function slaActionEventId(
  conversationKey: string,
  clock: ClockKind,
  cycle: number,
  kind: SlaActionKind,
  level?: string | null,
): string {
  const base = `sla.${conversationKey}.${clock}.${cycle}.${kind}`;
  return level === undefined || level === null ? base : `${base}.${level}`;
}
