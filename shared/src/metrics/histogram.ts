/**
 * Fixed-bucket log-scale histograms of durations (ms). Every histogram in every rollup uses the same
 * buckets, so merging is adding counts per bucket and a percentile read from any merge of them is
 * as accurate as one read from a single histogram.
 *
 * Buckets: 0 holds [0, 1 s); bucket i >= 1 holds [1 s × 1.05^(i-1), 1 s × 1.05^i). A percentile is
 * reported as its bucket's geometric midpoint, so for values >= 1 s it is within a factor
 * sqrt(1.05) of the true value: relative error <= 2.47%. Sub-second values read as 500 ms (absolute
 * error < 0.5 s). A year needs ~355 buckets; a histogram stores only the buckets it uses.
 */

/** Bucket index (as a string, the way Firestore map keys and JSON carry it) -> count. */
export type Histogram = Record<string, number>;

export const HISTOGRAM_GROWTH = 1.05;
export const HISTOGRAM_BASE_MS = 1000;
/** The stated bound on a percentile's relative error for values >= HISTOGRAM_BASE_MS. */
export const HISTOGRAM_RELATIVE_ERROR = Math.sqrt(HISTOGRAM_GROWTH) - 1;

const LOG_GROWTH = Math.log(HISTOGRAM_GROWTH);

/** Lower edge of bucket i >= 1. Bucket lookup is corrected against this, so edges never disagree. */
export function bucketLowerBound(index: number): number {
  return index <= 0 ? 0 : HISTOGRAM_BASE_MS * HISTOGRAM_GROWTH ** (index - 1);
}

export function bucketOf(valueMs: number): number {
  if (!Number.isFinite(valueMs) || valueMs < 0) throw new RangeError(`Not a duration: ${valueMs}`);
  if (valueMs < HISTOGRAM_BASE_MS) return 0;
  let index = Math.floor(Math.log(valueMs / HISTOGRAM_BASE_MS) / LOG_GROWTH) + 1;
  // Floating-point logs can land one bucket off exactly at an edge; the edges decide.
  if (valueMs < bucketLowerBound(index)) index -= 1;
  else if (valueMs >= bucketLowerBound(index + 1)) index += 1;
  return index;
}

/** The value a percentile falling in bucket `index` is reported as. */
export function bucketValue(index: number): number {
  if (index <= 0) return HISTOGRAM_BASE_MS / 2;
  return bucketLowerBound(index) * Math.sqrt(HISTOGRAM_GROWTH);
}

export function histogramOf(valuesMs: readonly number[]): Histogram {
  const out: Histogram = {};
  for (const value of valuesMs) addToHistogram(out, bucketOf(value), 1);
  return out;
}

/** Adds `count` to a bucket in place (a building step: merges drop the zeros retractions leave). */
export function addToHistogram(hist: Histogram, index: number, count: number): void {
  const key = String(index);
  hist[key] = (hist[key] ?? 0) + count;
}

/** The same counts without zero entries, so "nothing" is always `{}`. */
export function withoutZeros<T extends Record<string, number | undefined>>(counts: T): T {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0 && n !== undefined)) as T;
}

/** a + sign × b per bucket (sign -1 retracts b). */
export function mergeHistograms(a: Histogram, b: Histogram, sign = 1): Histogram {
  const out: Histogram = { ...a };
  for (const [key, count] of Object.entries(b)) addToHistogram(out, Number(key), sign * count);
  return withoutZeros(out);
}

export function histogramCount(hist: Histogram): number {
  let n = 0;
  for (const count of Object.values(hist)) n += count;
  return n;
}

/**
 * The nearest-rank p-quantile (0 < p <= 1): the value of rank ceil(p × n) in ascending order, read
 * from its bucket. Null for an empty histogram. The true nearest-rank value lies in the same bucket,
 * which is where the error bound comes from.
 */
export function percentile(hist: Histogram, p: number): number | null {
  if (!(p > 0 && p <= 1)) throw new RangeError(`Percentile must be in (0, 1], got ${p}`);
  const buckets = Object.entries(hist)
    .map(([key, count]) => [Number(key), count] as const)
    .filter(([, count]) => count > 0)
    .sort((x, y) => x[0] - y[0]);
  const n = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  let seen = 0;
  for (const [index, count] of buckets) {
    seen += count;
    if (seen >= rank) return bucketValue(index);
  }
  return null;
}

/** The exact nearest-rank p-quantile of raw values: the oracle the histograms are tested against. */
export function exactPercentile(valuesMs: readonly number[], p: number): number | null {
  if (valuesMs.length === 0) return null;
  const sorted = [...valuesMs].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1] ?? null;
}
