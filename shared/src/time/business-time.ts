/**
 * Business-time arithmetic over compiled blocks: an answer reads the blocks at its two ends and
 * crosses whatever lies between by sums of whole chunks and weeks (chunk-sums.ts), so its cost grows
 * with the logarithm-ish number of chunks in the span, never with its weeks or minutes.
 */
import { BLOCK_MS, blockIndexOf, instantReaching, measureBefore, segmentAfter } from "./business-block";
import type { CompiledCalendar } from "./compiled-calendar";
import { compileCalendar } from "./compiled-calendar";
import type { BusinessCalendar } from "./types";
import { CHUNK_BLOCKS } from "./zone-transitions";
import { BUSINESS_TIME_LIMITS } from "../limits/business-time";

/**
 * Instants are accepted within the range of a JavaScript Date (about 271,821 BC to 275,760 AD):
 * the zone database and every date formatter stop there, and past it block arithmetic loses its
 * milliseconds. Beyond it the functions throw RangeError.
 */
export const MAX_INSTANT_MS = BUSINESS_TIME_LIMITS.instantRange.value;

/**
 * The latest t >= startMs with businessTimeBetween(startMs, t) === durationMs: when the duration
 * runs out at a closing time, the answer is the next opening, so a clock is breached exactly when
 * now > due. Mon 16:00 + 60 min on 09:00-17:00 is Tue 09:00; + 0 from a closed instant is the next
 * opening. A negative duration is a caller bug, not a calendar problem: RangeError.
 */
export function addBusinessTime(cal: BusinessCalendar, startMs: number, durationMs: number): number {
  requireInstant(startMs);
  if (!Number.isFinite(durationMs) || durationMs < 0) {
    throw new RangeError(`Duration must be a finite number of ms >= 0, got ${durationMs}.`);
  }
  const compiled = compileCalendar(cal);
  return nextOpening(compiled, earliestReaching(compiled, startMs, durationMs));
}

/** Measure of the business instants in [fromMs, toMs); 0 when toMs <= fromMs. */
export function businessTimeBetween(cal: BusinessCalendar, fromMs: number, toMs: number): number {
  requireInstant(fromMs);
  requireInstant(toMs);
  const compiled = compileCalendar(cal);
  if (toMs <= fromMs) return 0;
  const first = blockIndexOf(fromMs);
  const last = blockIndexOf(toMs);
  const head = compiled.block(first);
  if (first === last) return measureBefore(head, toMs) - measureBefore(head, fromMs);
  const sum = head.total - measureBefore(head, fromMs) + compiled.sums.sum(first + 1, last);
  return sum + measureBefore(compiled.block(last), toMs);
}

export function isBusinessInstant(cal: BusinessCalendar, t: number): boolean {
  requireInstant(t);
  const block = compileCalendar(cal).block(blockIndexOf(t));
  const i = segmentAfter(block, t);
  return i < block.starts.length && (block.starts[i] as number) <= t;
}

/** t itself when t is business time, else the next opening (start of the next business interval). */
export function nextBusinessInstant(cal: BusinessCalendar, t: number): number {
  requireInstant(t);
  return nextOpening(compileCalendar(cal), t);
}

/**
 * The first instant in [t, untilMs) that is not business time, or null when all of it is: where the
 * open stretch holding t ends, if before untilMs. The bound keeps a 24/7 calendar (one stretch that
 * never ends) from scanning forever.
 */
export function nextClosing(cal: BusinessCalendar, t: number, untilMs: number): number | null {
  requireInstant(t);
  requireInstant(untilMs);
  const compiled = compileCalendar(cal);
  let cursor = t;
  while (cursor < untilMs) {
    const block = compiled.block(blockIndexOf(cursor));
    const i = segmentAfter(block, cursor);
    if (i === block.starts.length || (block.starts[i] as number) > cursor) return cursor;
    const end = block.ends[i] as number;
    // Segments are cut at block edges: a stretch reaching the edge may go on in the next block,
    // and on through every block that is open all week.
    if (end < block.end) return end < untilMs ? end : null;
    cursor = firstNotFull(compiled, blockIndexOf(block.end), untilMs) * BLOCK_MS;
  }
  return null;
}

/**
 * Business sub-intervals of [fromMs, toMs), merged, in order (for explanation timelines). The cost
 * grows with the intervals returned, not with the span: weeks open all week are crossed in chunks.
 * `maxIntervals` stops after that many intervals (the last one complete), for callers that
 * summarise long stretches with businessTimeBetween instead.
 */
export function businessIntervalsBetween(
  cal: BusinessCalendar,
  fromMs: number,
  toMs: number,
  maxIntervals = Number.POSITIVE_INFINITY,
): Array<[number, number]> {
  requireInstant(fromMs);
  requireInstant(toMs);
  const compiled = compileCalendar(cal);
  const out: Array<[number, number]> = [];
  if (toMs <= fromMs) return out;
  const firstBlock = blockIndexOf(fromMs);
  const lastBlock = blockIndexOf(toMs);
  for (let k = firstBlock; k <= lastBlock;) {
    // Blocks in the middle are derived, not kept: a long span must not flush the block cache.
    const block = k === firstBlock || k === lastBlock ? compiled.block(k) : compiled.source.block(k);
    let next = k + 1;
    for (let i = segmentAfter(block, fromMs); i < block.starts.length; i++) {
      const a = Math.max(fromMs, block.starts[i] as number);
      const b = Math.min(toMs, block.ends[i] as number);
      if (a >= b) break;
      let last = out[out.length - 1];
      // Segments are cut at block edges; a business stretch across an edge is one interval.
      if (last !== undefined && last[1] === a) last[1] = b;
      else if (out.length >= maxIntervals) return out;
      else out.push((last = [a, b]));
      if (b === block.end && b < toMs) {
        next = firstNotFull(compiled, k + 1, toMs);
        last[1] = Math.max(b, Math.min(toMs, next * BLOCK_MS));
      }
    }
    k = next;
  }
  return out;
}

/** Earliest t >= start with duration business ms in [start, t). */
function earliestReaching(compiled: CompiledCalendar, start: number, duration: number): number {
  if (duration === 0) return start;
  const k = blockIndexOf(start);
  const block = compiled.block(k);
  const target = measureBefore(block, start) + duration;
  if (target <= block.total) return instantReaching(block, target);
  const [at, left] = seek(compiled, k + 1, target - block.total);
  return instantReaching(compiled.block(at), left);
}

function nextOpening(compiled: CompiledCalendar, t: number): number {
  const k = blockIndexOf(t);
  const block = compiled.block(k);
  const i = segmentAfter(block, t);
  if (i < block.starts.length) return Math.max(t, block.starts[i] as number);
  // Block totals are whole milliseconds, so the first block holding any business time holds 1 ms.
  const [at] = seek(compiled, k + 1, 1);
  return compiled.block(at).starts[0] as number;
}

/**
 * The block where the business time counted from the start of block k reaches `target` (> 0), and
 * how much of it is left to count inside that block. Whole chunks are skipped by their sums. Throws
 * InvalidCalendarError after crossing more empty blocks in a row than the calendar can close.
 */
function seek(compiled: CompiledCalendar, k: number, target: number): [number, number] {
  const weekly = compiled.source.weeklyTotal;
  let left = target;
  let empty = 0;
  for (let at = k; ;) {
    const regular = compiled.sums.regularUntil(at) - at;
    if (regular > 0) {
      // A run of weeks that each hold exactly the weekly total (> 0: a calendar has windows).
      const whole = Math.min(regular, Math.ceil(left / weekly) - 1);
      left -= whole * weekly;
      at += whole;
      if (whole < regular) return [at, left];
      empty = 0;
      continue;
    }
    if (at % CHUNK_BLOCKS === 0) {
      const chunkTotal = compiled.sums.chunkTotal(at / CHUNK_BLOCKS);
      if (chunkTotal < left) {
        left -= chunkTotal;
        empty = chunkTotal === 0 ? empty + CHUNK_BLOCKS : 0;
        if (empty > compiled.maxEmptyBlocks) throw compiled.neverOpens();
        at += CHUNK_BLOCKS;
        continue;
      }
    }
    const total = compiled.source.totalOf(at);
    if (total >= left) return [at, left];
    left -= total;
    empty = total === 0 ? empty + 1 : 0;
    if (empty > compiled.maxEmptyBlocks) throw compiled.neverOpens();
    at++;
  }
}

/** The first block from k on that is not open all week, or the one holding untilMs if sooner. */
function firstNotFull(compiled: CompiledCalendar, k: number, untilMs: number): number {
  const stop = blockIndexOf(untilMs);
  let at = k;
  while (at < stop) {
    const regular = compiled.sums.regularUntil(at);
    if (regular > at) {
      // Weeks that each hold the weekly total: all open when the calendar is open all week.
      if (compiled.source.weeklyTotal !== BLOCK_MS) return at;
      at = Math.min(regular, stop);
      continue;
    }
    if (at % CHUNK_BLOCKS === 0 && at + CHUNK_BLOCKS <= stop) {
      if (compiled.sums.chunkTotal(at / CHUNK_BLOCKS) === CHUNK_BLOCKS * BLOCK_MS) {
        at += CHUNK_BLOCKS;
        continue;
      }
    }
    if (compiled.source.totalOf(at) !== BLOCK_MS) return at;
    at++;
  }
  return at;
}

function requireInstant(t: number): void {
  if (!Number.isFinite(t)) throw new RangeError(`Instant must be a finite number of ms, got ${t}.`);
  if (Math.abs(t) > MAX_INSTANT_MS) {
    throw new RangeError(
      `Instant must lie within ±${MAX_INSTANT_MS} ms of 1970 (a JavaScript Date), got ${t}.`,
    );
  }
}
