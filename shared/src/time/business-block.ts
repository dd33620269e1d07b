/**
 * Business time of one fixed stretch of real time (a "block": 7 days of UTC, so finding the block of
 * an instant is one division). Blocks are cut on real instants, not local dates, so DST, holidays and
 * windows crossing midnight need no special case: every local date that can reach into the block
 * contributes its windows, clipped to the block, then overlaps are merged.
 */
import { weekdayIndexOf } from "./local-date";
import { DAY_MS, MINUTE_MS } from "./units";
import type { ParsedCalendar } from "./validate-calendar";
import { offsetAt, resolveWallTimeWith } from "./zone";

export const BLOCK_MS = 7 * DAY_MS;

/** Local offsets stay within ±26 h, so a date's windows lie within this many days of its UTC date. */
export const REACH_DAYS = 2;

export interface Block {
  start: number;
  end: number;
  /** Disjoint, non-touching business segments [starts[i], ends[i]), sorted. */
  starts: Float64Array;
  ends: Float64Array;
  /** Business ms in [start, ends[i]): prefix sums, so any measure is one binary search away. */
  through: Float64Array;
  total: number;
}

export function blockIndexOf(t: number): number {
  return Math.floor(t / BLOCK_MS);
}

/**
 * The block built from first principles. `offsetOf` gives the zone's offset in ms at an instant
 * (luxon by default; the engine passes its table of the zone's changes, which gives the same values
 * without asking Intl again).
 */
export function buildBlock(
  cal: ParsedCalendar,
  index: number,
  offsetOf: (t: number) => number = (t) => offsetAt(cal.zone, t),
): Block {
  const start = index * BLOCK_MS;
  const end = start + BLOCK_MS;
  const raw: Array<[number, number]> = [];
  const firstDay = Math.floor(start / DAY_MS) - REACH_DAYS;
  const lastDay = Math.floor(end / DAY_MS) + REACH_DAYS;
  for (let day = firstDay; day <= lastDay; day++) {
    if (cal.holidays.has(day)) continue;
    for (const [from, to] of cal.windows[weekdayIndexOf(day)] ?? []) {
      // Each edge is resolved on its own; a window may come out empty or reversed when a DST gap
      // swallows its start (02:30-03:15 on a 02:00->03:00 night), and then holds no business time.
      const a = Math.max(start, resolveWallTimeWith(offsetOf, day * DAY_MS + from * MINUTE_MS));
      const b = Math.min(end, resolveWallTimeWith(offsetOf, day * DAY_MS + to * MINUTE_MS));
      if (b > a) raw.push([a, b]);
    }
  }
  return toBlock(start, end, mergeSegments(raw));
}

function mergeSegments(raw: Array<[number, number]>): Array<[number, number]> {
  raw.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of raw) {
    const last = merged[merged.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** A block from its sorted, disjoint, non-touching segments. */
export function toBlock(
  start: number,
  end: number,
  segments: ReadonlyArray<readonly [number, number]>,
): Block {
  const n = segments.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const through = new Float64Array(n);
  let total = 0;
  segments.forEach(([a, b], i) => {
    starts[i] = a;
    ends[i] = b;
    total += b - a;
    through[i] = total;
  });
  return { start, end, starts, ends, through, total };
}

/** Index of the first segment ending after t (n when none). */
export function segmentAfter(block: Block, t: number): number {
  const ends = block.ends;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] as number) > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Business ms in [block.start, t), for t inside the block. */
export function measureBefore(block: Block, t: number): number {
  const i = segmentAfter(block, t);
  if (i === block.starts.length) return block.total;
  const segStart = block.starts[i] as number;
  const prior = (block.through[i] as number) - ((block.ends[i] as number) - segStart);
  return t > segStart ? prior + (t - segStart) : prior;
}

/** Earliest instant in the block where the measure from block.start reaches `target` (0 < target <= total). */
export function instantReaching(block: Block, target: number): number {
  const through = block.through;
  let lo = 0;
  let hi = through.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((through[mid] as number) >= target) hi = mid;
    else lo = mid + 1;
  }
  return (block.ends[lo] as number) - ((through[lo] as number) - target);
}
