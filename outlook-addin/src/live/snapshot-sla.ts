/**
 * What a delivered conversation document says about its clocks. The backend stores the SLA fold
 * and the rules it was folded under (`slaFold`), so the clocks at any instant follow from the
 * document alone, computed by the same shared code as the API's: the listener renders a change
 * without a follow-up GET.
 */
import type { SlaState } from "@baton/shared";
import { slaStateOfStored } from "@baton/shared/sla";

/** The SLA at `nowMs`; null for a document written before folds were stored. */
export function slaOfSnapshot(data: Record<string, unknown>, nowMs: number): SlaState | null {
  return slaStateOfStored(data.slaFold, nowMs);
}

/** The mailbox calendar's zone the document's clocks were folded under (times of day are written in it). */
export function zoneOfSnapshot(data: Record<string, unknown>): string | null {
  const stored = data.slaFold as { calendar?: { timeZone?: unknown } } | undefined;
  const zone = stored?.calendar?.timeZone;
  return typeof zone === "string" ? zone : null;
}
