/**
 * The live queue as a lead reads it: what is already breached, what breaches soon, what nobody owns,
 * and each agent's pile — one conversation in exactly one section, most urgent section first.
 */
import type { QueueItem } from "@baton/shared";

export interface QueueSections {
  breached: QueueItem[];
  breachingSoon: QueueItem[];
  unassigned: QueueItem[];
  /** The rest, per assignee, agents in alphabetical order. */
  byAgent: Array<{ agent: string; items: QueueItem[] }>;
}

export function groupQueue(items: readonly QueueItem[]): QueueSections {
  const out: QueueSections = { breached: [], breachingSoon: [], unassigned: [], byAgent: [] };
  const agents = new Map<string, QueueItem[]>();
  for (const item of items) {
    if (item.tone === "breached") out.breached.push(item);
    else if (item.tone === "warning") out.breachingSoon.push(item);
    else if (item.assignee === null) out.unassigned.push(item);
    else agents.set(item.assignee, [...(agents.get(item.assignee) ?? []), item]);
  }
  out.byAgent = [...agents]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([agent, list]) => ({ agent, items: list }));
  return out;
}

export interface BacklogStats {
  size: number;
  /** Since the last customer message (what the customer has been waiting), ms; null when empty. */
  medianWaitMs: number | null;
  oldestWaitMs: number | null;
}

/** Backlog size and age now, from the live queue (open, pending and snoozed conversations). */
export function backlogOf(items: readonly QueueItem[], nowMs: number): BacklogStats {
  const waits = items
    .map((item) => Math.max(0, nowMs - (item.lastInboundAt ?? item.updatedAt)))
    .sort((a, b) => a - b);
  if (waits.length === 0) return { size: 0, medianWaitMs: null, oldestWaitMs: null };
  return {
    size: waits.length,
    medianWaitMs: waits[Math.ceil(waits.length / 2) - 1] ?? null,
    oldestWaitMs: waits[waits.length - 1] ?? null,
  };
}
