/*
 * Average CSAT per template (issue 17): which answers a template is credited with, as pure rules.
 * A conversation cycle (one survey, one answer) remembers the templates used in it; its answer counts
 * once for each of them, and a changed answer replaces its rating there as in the CSAT metric.
 */

/**
 * Templates remembered per conversation cycle. A cycle is one customer message and its reply: even a
 * long reply assembled from snippets uses a handful, so 10 is generous, and it bounds the template
 * documents an answer's transaction reads and writes. Past it a use still counts in `useCount`; it is
 * only not credited with that cycle's answer (nothing is refused, nothing is shown).
 */
export const TEMPLATES_PER_CSAT_CYCLE = 10;

/**
 * The cycle's template ids with `id` added, or null when nothing changes: already there (a retried or
 * repeated use counts the answer once) or the cycle already holds `max`.
 */
export function withCycleTemplate(
  ids: readonly string[],
  id: string,
  max = TEMPLATES_PER_CSAT_CYCLE,
): string[] | null {
  if (ids.includes(id) || ids.length >= max) return null;
  return [...ids, id];
}

/** The stored list read leniently: strings only, deduplicated, at most `max`. */
export function cycleTemplateIds(value: unknown, max = TEMPLATES_PER_CSAT_CYCLE): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === "string"))].slice(0, max);
}

/** What one answer adds to a template's sums. */
export interface CsatDelta {
  count: number;
  sum: number;
}

/**
 * The change to a template's answer count and rating sum when a cycle's answer goes from `before`
 * (null: not answered yet) to `after`: a first answer adds one answer and its rating, a changed one
 * swaps the rating and adds no answer, the same rating again (a retried click) changes nothing.
 */
export function csatDelta(before: number | null, after: number): CsatDelta | null {
  if (before === after) return null;
  return { count: before === null ? 1 : 0, sum: after - (before ?? 0) };
}

/** The average a client shows, or null before the first answer (no average of nothing). */
export function csatSummary(count: number, sum: number): { count: number; average: number } | null {
  return count > 0 ? { count, average: sum / count } : null;
}
