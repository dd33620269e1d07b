/**
 * What the dashboard shows, read from rollups: totals, medians and p90s, attainment per clock, a
 * series per day, volume by hour of week and the per-agent table. Everything here is a merge of
 * rollups, so its cost is the number of rollup documents, not of conversations.
 */
import { CLOCK_KINDS, type ClockKind } from "../conversation/types";
import { HISTOGRAM_RELATIVE_ERROR, histogramCount, percentile } from "./histogram";
import type { KeyedRollup } from "./rollup-deltas";
import {
  ALL_AGENTS,
  breachedCount,
  COUNT_NAMES,
  HISTOGRAM_NAMES,
  mergeRollups,
  metCount,
  RULE_COUNT_PREFIX,
  type CountName,
  type HistogramName,
  type Rollup,
} from "./rollup";

export interface DurationStats {
  /** How many values the histogram holds. */
  n: number;
  median: number | null;
  p90: number | null;
}

export interface Attainment {
  met: number;
  breached: number;
  /** met / (met + breached); null when no clock finished or breached in the range. */
  rate: number | null;
}

export interface MetricsTotals {
  counts: Record<CountName, number>;
  durations: Record<HistogramName, DurationStats>;
  attainment: Record<ClockKind, Attainment>;
}

export interface DayMetrics extends MetricsTotals {
  day: string;
}

export interface AgentRow {
  agent: string;
  /** Conversations resolved while the agent held them. */
  handled: number;
  replies: number;
  firstReplies: number;
  medianFirstResponseBusiness: number | null;
  attainment: Record<ClockKind, Attainment>;
  /** Conversations routing assigned to them, and conversations they claimed themselves (issue 16). */
  routed: number;
  claimed: number;
  /** Median wall time from the first customer message to the first owner, when they were it. */
  medianArrivalToOwnerWall: number | null;
  /** Customer survey answers for conversations they resolved, and their average rating (null: none). */
  csatResponses: number;
  csatAverage: number | null;
}

/** How often a rule fired in the scope: once per conversation and triggering message. */
export interface RuleFires {
  rule: string;
  fired: number;
}

export interface MetricsSummary {
  totals: MetricsTotals;
  days: DayMetrics[];
  /** 168 counts, Monday 00:00 first, in the mailbox's local time. */
  hourOfWeek: number[];
  agents: AgentRow[];
  /**
   * The same row for the whole scope (the "_all" documents, or the filtered agent's): the per-agent
   * rows, Unassigned included, add up to it, figure by figure (summarize.test.ts).
   */
  team: AgentRow;
  /** Per rule id, most fired first (rule ids are per mailbox: filter by mailbox to tell them apart). */
  rules: RuleFires[];
  /** The stated relative error bound of every median/p90 (values >= 1 s). */
  percentileRelativeError: number;
}

export interface SummaryFilter {
  /** Only this agent's rollups (a member's email or "_unassigned"); all agents when absent. */
  agent?: string;
}

function durationStats(rollup: Rollup, name: HistogramName): DurationStats {
  const hist = rollup.hists[name] ?? {};
  return { n: histogramCount(hist), median: percentile(hist, 0.5), p90: percentile(hist, 0.9) };
}

function attainment(rollup: Rollup, clock: ClockKind): Attainment {
  const met = rollup.counts[metCount(clock)] ?? 0;
  const breached = rollup.counts[breachedCount(clock)] ?? 0;
  return { met, breached, rate: met + breached === 0 ? null : met / (met + breached) };
}

function attainmentAll(rollup: Rollup): Record<ClockKind, Attainment> {
  return Object.fromEntries(CLOCK_KINDS.map((clock) => [clock, attainment(rollup, clock)])) as Record<
    ClockKind,
    Attainment
  >;
}

export function totalsOf(rollup: Rollup): MetricsTotals {
  return {
    counts: Object.fromEntries(COUNT_NAMES.map((name) => [name, rollup.counts[name] ?? 0])) as Record<
      CountName,
      number
    >,
    durations: Object.fromEntries(
      HISTOGRAM_NAMES.map((name) => [name, durationStats(rollup, name)]),
    ) as Record<HistogramName, DurationStats>,
    attainment: attainmentAll(rollup),
  };
}

/** One row of the agent table; the Team row is the same function over the scope's total. */
export function agentRowOf(agent: string, merged: Rollup): AgentRow {
  return {
    agent,
    handled: merged.counts.resolved ?? 0,
    replies: merged.counts.replies ?? 0,
    firstReplies: merged.counts.firstReplies ?? 0,
    medianFirstResponseBusiness: percentile(merged.hists.firstResponseBusiness ?? {}, 0.5),
    attainment: attainmentAll(merged),
    routed: merged.counts.routed ?? 0,
    claimed: merged.counts.claimed ?? 0,
    medianArrivalToOwnerWall: percentile(merged.hists.arrivalToOwnerWall ?? {}, 0.5),
    ...csatOf(merged),
  };
}

/** Survey answers and their average rating (1-5), from the two counts that add. */
export function csatOf(rollup: Rollup): { csatResponses: number; csatAverage: number | null } {
  const n = rollup.counts.csatResponses ?? 0;
  return { csatResponses: n, csatAverage: n > 0 ? (rollup.counts.csatRatingSum ?? 0) / n : null };
}

/** The "rule:{id}" counts of a rollup, most fired first. */
export function ruleFiresOf(rollup: Rollup): RuleFires[] {
  return Object.entries(rollup.counts)
    .filter(([name]) => name.startsWith(RULE_COUNT_PREFIX))
    .map(([name, fired]) => ({ rule: name.slice(RULE_COUNT_PREFIX.length), fired: fired ?? 0 }))
    .filter((r) => r.fired !== 0)
    .sort((a, b) => b.fired - a.fired || (a.rule < b.rule ? -1 : 1));
}

function groupBy<K>(items: readonly KeyedRollup[], keyOf: (item: KeyedRollup) => K): Map<K, Rollup[]> {
  const out = new Map<K, Rollup[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list === undefined) out.set(key, [item.rollup]);
    else list.push(item.rollup);
  }
  return out;
}

/**
 * Summarises the rollup documents of a date range (any mix of mailboxes, agent and "_all" docs).
 * Totals, days and the heatmap come from the "_all" documents, or from one agent's when filtered;
 * the agent table from the per-agent documents.
 */
export function summarizeRollups(docs: readonly KeyedRollup[], filter: SummaryFilter = {}): MetricsSummary {
  const scope = docs.filter((d) => d.key.agent === (filter.agent ?? ALL_AGENTS));
  const total = mergeRollups(scope.map((d) => d.rollup));
  const days = [...groupBy(scope, (d) => d.key.day)]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, rollups]) => ({ day, ...totalsOf(mergeRollups(rollups)) }));
  const hourOfWeek = Array.from({ length: 168 }, (_, h) => total.hourOfWeek[String(h)] ?? 0);
  const perAgent = docs.filter(
    (d) => d.key.agent !== ALL_AGENTS && (filter.agent === undefined || d.key.agent === filter.agent),
  );
  const agents = [...groupBy(perAgent, (d) => d.key.agent)]
    .map(([agent, rollups]) => agentRowOf(agent, mergeRollups(rollups)))
    .sort((a, b) => b.handled - a.handled || (a.agent < b.agent ? -1 : 1));
  return {
    totals: totalsOf(total),
    days,
    hourOfWeek,
    agents,
    team: agentRowOf(filter.agent ?? ALL_AGENTS, total),
    rules: ruleFiresOf(total),
    percentileRelativeError: HISTOGRAM_RELATIVE_ERROR,
  };
}
