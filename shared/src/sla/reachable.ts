/**
 * What a fold must keep of a history whose entries each hold "from `at` until the next entry"
 * (status changes, holdings): only the entries in force at some instant a clock can still look at.
 * A cycle's timeline reads the history over [startedAt, stoppedAt] and nothing else, and a cycle
 * not started yet begins after the fold's horizon. Entries in force only between those spans (the
 * status changes after a first reply and before the next customer message, for ever after) change
 * no clock, so dropping them keeps every result exact while the stored fold stays small.
 */

/** An instant range a clock reads; `to` null while it runs (and for cycles still to come). */
export interface Span {
  from: number;
  to: number | null;
}

/**
 * The entries of `history` (ascending by `at(entry)`) whose stretch meets some span, ends included
 * (the bounds are kept generously: one entry too many costs bytes, one too few a wrong clock).
 */
export function reachableEntries<T>(
  history: readonly T[],
  at: (entry: T) => number,
  spans: readonly Span[],
): T[] {
  return history.filter((entry, i) => {
    const from = at(entry);
    const next = history[i + 1];
    const until = next === undefined ? Infinity : at(next);
    return spans.some((span) => from <= (span.to ?? Infinity) && until >= span.from);
  });
}
