/**
 * A rollup: what happened in one mailbox on one local day (the mailbox's zone), for one agent or for
 * everyone ("_all"). Counts and histograms only, so rollups add, subtract and merge exactly, and a
 * month of them is a month of documents whatever the number of conversations.
 */
import type { ClockKind } from "../conversation/types";
import { mergeHistograms, withoutZeros, type Histogram } from "./histogram";

export const COUNT_NAMES = [
  /** New conversations: the first customer message of a conversation. */
  "received",
  /** A customer message (or an agent) reopening a resolved conversation. */
  "reopened",
  "resolved",
  /** Customer messages (every one, not only the first). */
  "inbound",
  /** Replies sent from the team. */
  "replies",
  "firstReplies",
  /** Assignments routing made (issue 16), to the assignee. */
  "routed",
  /** Claims: a member took the conversation themself. */
  "claimed",
  "met_first_response",
  "breached_first_response",
  "met_next_response",
  "breached_next_response",
  "met_resolution",
  "breached_resolution",
  /**
   * Customer survey answers (issue 17), dated by the resolve the survey followed and credited to the
   * owner then. Not from the event log: backend/src/csat/answer.ts adds them, in the key's "~csat"
   * document, when the customer answers (a changed answer replaces its rating in the sum).
   */
  "csatResponses",
  /** The sum of those ratings (1-5): the average is csatRatingSum / csatResponses, and it adds exactly. */
  "csatRatingSum",
] as const;
export type CountName = (typeof COUNT_NAMES)[number];

export const HISTOGRAM_NAMES = [
  "firstResponseBusiness",
  "firstResponseWall",
  "resolutionBusiness",
  "resolutionWall",
  /** From the first customer message to the first owner (routed, claimed or assigned), wall time. */
  "arrivalToOwnerWall",
] as const;
export type HistogramName = (typeof HISTOGRAM_NAMES)[number];

/** How often a rule fired, counted under "rule:{id}" beside the fixed counts. */
export type RuleCountName = `rule:${string}`;
export const RULE_COUNT_PREFIX = "rule:";
export function ruleCount(ruleId: string): RuleCountName {
  return `rule:${ruleId}`;
}

export interface Rollup {
  counts: Partial<Record<CountName | RuleCountName, number>>;
  hists: Partial<Record<HistogramName, Histogram>>;
  /** Customer messages by local hour of the week: "0" = Monday 00:00-01:00 … "167" = Sunday 23:00. */
  hourOfWeek: Record<string, number>;
}

/** Where a rollup belongs: `orgs/{org}/rollups/{day}_{mailboxId}_{agent}`. */
export interface RollupKey {
  /** Local date in the mailbox's zone, "YYYY-MM-DD". */
  day: string;
  mailboxId: string;
  /** A member's email, UNASSIGNED, or ALL_AGENTS for the mailbox-wide rollup. */
  agent: string;
}

export const ALL_AGENTS = "_all";
export const UNASSIGNED = "_unassigned";

export function metCount(clock: ClockKind): CountName {
  return `met_${clock}`;
}
export function breachedCount(clock: ClockKind): CountName {
  return `breached_${clock}`;
}

/** Document id; the day comes first so one id range reads a date range. */
export function rollupDocId(key: RollupKey): string {
  return `${key.day}_${key.mailboxId}_${key.agent}`;
}

export function emptyRollup(): Rollup {
  return { counts: {}, hists: {}, hourOfWeek: {} };
}

function addCounts<K extends string>(
  a: Partial<Record<K, number>>,
  b: Partial<Record<K, number>>,
  sign: number,
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = { ...a };
  for (const [name, value] of Object.entries(b) as Array<[K, number | undefined]>) {
    out[name] = (out[name] ?? 0) + sign * (value ?? 0);
  }
  return withoutZeros(out);
}

/** a + sign × b (sign -1 gives the difference), dropping zeros so "no change" is an empty rollup. */
export function combineRollups(a: Rollup, b: Rollup, sign = 1): Rollup {
  const hists: Partial<Record<HistogramName, Histogram>> = {};
  for (const name of HISTOGRAM_NAMES) {
    const merged = mergeHistograms(a.hists[name] ?? {}, b.hists[name] ?? {}, sign);
    if (Object.keys(merged).length > 0) hists[name] = merged;
  }
  return {
    counts: addCounts(a.counts, b.counts, sign),
    hists,
    hourOfWeek: addCounts(a.hourOfWeek, b.hourOfWeek, sign) as Record<string, number>,
  };
}

function addInto(into: Record<string, number>, from: Readonly<Record<string, number | undefined>>): void {
  for (const [name, n] of Object.entries(from)) into[name] = (into[name] ?? 0) + (n ?? 0);
}

/** The sum of many rollups, accumulated in place (a month's view merges hundreds). */
export function mergeRollups(rollups: Iterable<Rollup>): Rollup {
  const counts: Record<string, number> = {};
  const hourOfWeek: Record<string, number> = {};
  const hists: Record<string, Histogram> = {};
  for (const rollup of rollups) {
    addInto(counts, rollup.counts);
    addInto(hourOfWeek, rollup.hourOfWeek);
    for (const [name, hist] of Object.entries(rollup.hists)) addInto((hists[name] ??= {}), hist);
  }
  const out = emptyRollup();
  out.counts = withoutZeros(counts);
  out.hourOfWeek = withoutZeros(hourOfWeek);
  for (const name of HISTOGRAM_NAMES) {
    const hist = withoutZeros(hists[name] ?? {});
    if (Object.keys(hist).length > 0) out.hists[name] = hist;
  }
  return out;
}

export function isEmptyRollup(rollup: Rollup): boolean {
  return (
    Object.keys(rollup.counts).length === 0 &&
    Object.keys(rollup.hists).length === 0 &&
    Object.keys(rollup.hourOfWeek).length === 0
  );
}
