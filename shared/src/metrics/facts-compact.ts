/**
 * Bounds on what a metricFacts document stores. Facts list one entry per customer message, reply,
 * reopen, resolution and clock outcome (75-385 bytes each), so a long thread would pass Firestore's
 * 1 MiB per document at some thousands of messages and every later message would fail to record.
 *
 * Stored facts keep the newest entries of each list and count the older ones (`earlier`). That is
 * exact for every reader: the export shows counts (`factCounts`), the last resolution and the first
 * response's outcome (always kept); and the rollups are changed by the difference between the facts
 * before and after an append, both computed from the same stored copy, so the entries it no longer
 * lists, which no append changes again, cancel out (they were counted when they happened).
 */
import type { ClockOutcome, ConversationFacts, EarlierFacts } from "./facts";
import type { FactsFold } from "./facts-fold";

/**
 * Entries a stored list keeps: 50 x at most 385 bytes x 6 lists is ~115 KB of facts. Past it the
 * oldest are counted instead; no request is refused.
 */
export const MAX_FACT_ENTRIES = 50;

/**
 * UTF-8 bytes the stored facts fold may take (it is kept as one JSON string beside the facts). Its
 * lists are compacted as the facts are, but it also keeps the status changes, holdings and first
 * replies a running clock can still read, which grow while one clock runs through thousands of
 * them. Past this the document stores no fold: the next append folds the log (exact, and slower),
 * and the fold is stored again once those clocks have stopped.
 */
export const MAX_STORED_FACTS_FOLD_BYTES = 256 * 1024;

function noneEarlier(): EarlierFacts {
  return { inbound: 0, replies: 0, reopens: 0, resolutions: 0, resolutionTimes: 0, outcomes: {} };
}

/** Indexes of the oldest entries past `max`, skipping pinned ones. */
function excess<T>(list: readonly T[], max: number, pinned: (entry: T, i: number) => boolean): Set<number> {
  const over = list.length - max;
  const out = new Set<number>();
  for (let i = 0; i < list.length && out.size < over; i++) if (!pinned(list[i] as T, i)) out.add(i);
  return out;
}

function without<T>(list: readonly T[], drop: ReadonlySet<number>): T[] {
  return drop.size === 0 ? [...list] : list.filter((_, i) => !drop.has(i));
}

const none = (): boolean => false;

/** Compacted facts and which clock outcomes went (to drop the fold's parallel order with them). */
function compact(facts: ConversationFacts, max: number): { facts: ConversationFacts; outcomes: Set<number> } {
  const earlier = structuredClone(facts.earlier ?? noneEarlier());
  const trim = <T>(
    name: Exclude<keyof EarlierFacts, "outcomes">,
    list: T[],
    pinned: (entry: T, i: number) => boolean = none,
  ): T[] => {
    const drop = excess(list, max, pinned);
    earlier[name] += drop.size;
    return without(list, drop);
  };
  // The first customer message dates `received` (so a stored copy's rollups keep it where the log
  // puts it); the first response's outcome (one at most) is a column of the export.
  const inbound = trim("inbound", facts.inbound, (_, i) => i === 0);
  const outcomes = excess(facts.clockOutcomes, max, (o: ClockOutcome) => o.clock === "first_response");
  for (const i of outcomes) {
    const o = facts.clockOutcomes[i] as ClockOutcome;
    const name = `${o.clock}_${o.outcome}`;
    earlier.outcomes[name] = (earlier.outcomes[name] ?? 0) + 1;
  }
  const compacted: ConversationFacts = {
    ...facts,
    inbound,
    replies: trim("replies", facts.replies),
    reopens: trim("reopens", facts.reopens),
    resolutions: trim("resolutions", facts.resolutions),
    resolutionTimes: trim("resolutionTimes", facts.resolutionTimes),
    clockOutcomes: without(facts.clockOutcomes, outcomes),
  };
  // Routing's lists keep their newest entries: an append only adds after them, so the rollup deltas
  // (before and after from the same stored copy) never see a dropped one; the export does not list them.
  if (facts.routed !== undefined) compacted.routed = facts.routed.slice(-max);
  if (facts.claims !== undefined) compacted.claims = facts.claims.slice(-max);
  if (facts.ruleFires !== undefined) compacted.ruleFires = facts.ruleFires.slice(-max);
  const anyEarlier =
    earlier.inbound + earlier.replies + earlier.reopens + earlier.resolutions + earlier.resolutionTimes > 0 ||
    Object.keys(earlier.outcomes).length > 0;
  if (anyEarlier) compacted.earlier = earlier;
  return { facts: compacted, outcomes };
}

/** `facts` as a metricFacts document stores them: each list at most `max` entries. */
export function compactFacts(facts: ConversationFacts, max = MAX_FACT_ENTRIES): ConversationFacts {
  return compact(facts, max).facts;
}

/** `fold` with its facts compacted as `compactFacts` does (its outcome order kept parallel). */
export function compactFactsFold(fold: FactsFold, max = MAX_FACT_ENTRIES): FactsFold {
  const { facts, outcomes } = compact(fold.facts, max);
  return { ...fold, facts, outcomeOrder: without(fold.outcomeOrder, outcomes) };
}

/** UTF-8 length of a string (shared/ runs in browsers and Apps Script too: no Buffer). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // A surrogate pair (4 bytes) is two units of 2.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
  }
  return bytes;
}

/** The fold as the facts document stores it (compacted JSON), or null past MAX_STORED_FACTS_FOLD_BYTES. */
export function storedFactsFoldJson(fold: FactsFold): string | null {
  const json = JSON.stringify(compactFactsFold(fold));
  return utf8Length(json) > MAX_STORED_FACTS_FOLD_BYTES ? null : json;
}

/** What the export counts: each list's stored entries plus those compacted away. */
export function factCounts(facts: ConversationFacts): {
  inbound: number;
  replies: number;
  reopens: number;
  outcomes: (clock: string, outcome: string) => number;
} {
  const earlier = facts.earlier ?? noneEarlier();
  return {
    inbound: earlier.inbound + facts.inbound.length,
    replies: earlier.replies + facts.replies.length,
    reopens: earlier.reopens + facts.reopens.length,
    outcomes: (clock, outcome) =>
      (earlier.outcomes[`${clock}_${outcome}`] ?? 0) +
      facts.clockOutcomes.filter((o) => o.clock === clock && o.outcome === outcome).length,
  };
}
