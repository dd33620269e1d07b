/**
 * Business-time arithmetic over compiled blocks: every answer is a few binary searches plus one
 * subtraction per whole block crossed, never a walk over minutes.
 */
import type { Block } from "./business-block";
import { blockIndexOf, instantReaching, measureBefore, segmentAfter } from "./business-block";
import type { CompiledCalendar } from "./compiled-calendar";
import { compileCalendar } from "./compiled-calendar";
import type { BusinessCalendar } from "./types";

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
  let sum = head.total - measureBefore(head, fromMs);
  for (let k = first + 1; k < last; k++) sum += compiled.block(k).total;
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
    // Segments are cut at block edges: a stretch reaching the edge may go on in the next block.
    if (end < block.end) return end < untilMs ? end : null;
    cursor = end;
  }
  return null;
}

/** Business sub-intervals of [fromMs, toMs), merged, in order (for explanation timelines). */
export function businessIntervalsBetween(
  cal: BusinessCalendar,
  fromMs: number,
  toMs: number,
): Array<[number, number]> {
  requireInstant(fromMs);
  requireInstant(toMs);
  const compiled = compileCalendar(cal);
  const out: Array<[number, number]> = [];
  if (toMs <= fromMs) return out;
  for (let k = blockIndexOf(fromMs); k <= blockIndexOf(toMs); k++) {
    const block = compiled.block(k);
    for (let i = segmentAfter(block, fromMs); i < block.starts.length; i++) {
      const a = Math.max(fromMs, block.starts[i] as number);
      const b = Math.min(toMs, block.ends[i] as number);
      if (a >= b) break;
      const last = out[out.length - 1];
      // Segments are cut at block edges; a business stretch across an edge is one interval.
      if (last !== undefined && last[1] === a) last[1] = b;
      else out.push([a, b]);
    }
  }
  return out;
}

/** Earliest t >= start with duration business ms in [start, t). */
function earliestReaching(compiled: CompiledCalendar, start: number, duration: number): number {
  if (duration === 0) return start;
  let k = blockIndexOf(start);
  let block = compiled.block(k);
  let target = measureBefore(block, start) + duration;
  let empty = 0;
  while (target > block.total) {
    target -= block.total;
    block = compiled.block(++k);
    empty = block.total === 0 ? empty + 1 : 0;
    if (empty > compiled.maxEmptyBlocks) throw compiled.neverOpens();
  }
  return instantReaching(block, target);
}

function nextOpening(compiled: CompiledCalendar, t: number): number {
  let k = blockIndexOf(t);
  let block: Block = compiled.block(k);
  let from = t;
  for (let empty = 0; ;) {
    const i = segmentAfter(block, from);
    if (i < block.starts.length) return Math.max(from, block.starts[i] as number);
    from = block.end;
    block = compiled.block(++k);
    empty = block.total === 0 ? empty + 1 : 0;
    if (empty > compiled.maxEmptyBlocks) throw compiled.neverOpens();
  }
}

function requireInstant(t: number): void {
  if (!Number.isFinite(t)) throw new RangeError(`Instant must be a finite number of ms, got ${t}.`);
}
