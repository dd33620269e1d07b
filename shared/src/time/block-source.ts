/**
 * Blocks without building most of them. A block whose offset is constant (no offset change within
 * reach of its wall times) is the calendar's weekly pattern shifted by whole weeks, minus the windows
 * of any holidays it reaches: so its segments are a copy of one template per offset and its total is
 * the weekly total minus the holidays' windows, arithmetic only. A block near an offset change
 * without holidays looks like every other block with the same change at the same place in it (the
 * same rule a year later), so it is built once per such shape. Only a block with both a change and
 * a holiday is built on its own. Every build resolves wall times against the zone's table of
 * changes, so all routes give the blocks `buildBlock` gives.
 */
import type { Block } from "./business-block";
import { BLOCK_MS, REACH_DAYS, buildBlock, toBlock } from "./business-block";
import { weekdayIndexOf } from "./local-date";
import { DAY_MS, MINUTE_MS } from "./units";
import type { ParsedCalendar } from "./validate-calendar";
import type { Transition, ZoneTransitions } from "./zone-transitions";
import { zoneTransitionsOf } from "./zone-transitions";
import { INTERNAL_LIMITS } from "../limits/internal";

/**
 * Wall times of a block are resolved with offsets read at most 4 days (3 days of reach plus the
 * day on each side that `resolveWallTime` probes) outside it; an offset change farther away cannot
 * change the block. One more day of margin costs nothing.
 */
export const CHANGE_MARGIN_MS = 5 * DAY_MS;
/** Block shapes kept per calendar (a few per zone rule in practice); cleared past this. */
export const MAX_SHAPES = INTERNAL_LIMITS.calendarShapes.value;

type Segments = ReadonlyArray<readonly [number, number]>;
interface Shape {
  /** Segments relative to the block's start. */
  relative: Segments;
  total: number;
}

const NO_HOLIDAYS: ReadonlySet<number> = new Set();

export class BlockSource {
  /** Business ms of a week without holidays or offset changes: every such block has exactly this. */
  readonly weeklyTotal: number;
  readonly zone: ZoneTransitions;
  /** Blocks built from first principles (shapes and one-off blocks), for tests and benchmarks. */
  built = 0;
  private readonly holidays: Float64Array;
  private readonly byOffset = new Map<number, Shape>();
  private readonly byChanges = new Map<string, Shape>();
  /** Blocks with both a holiday and an offset change, by index. */
  private readonly oneOff = new Map<number, Block>();

  constructor(readonly cal: ParsedCalendar) {
    this.zone = zoneTransitionsOf(cal.zone);
    this.holidays = Float64Array.from([...cal.holidays].sort((a, b) => a - b));
    let total = 0;
    for (const day of cal.windows) for (const [from, to] of day) total += (to - from) * MINUTE_MS;
    this.weeklyTotal = total;
  }

  block(k: number): Block {
    const start = k * BLOCK_MS;
    const end = start + BLOCK_MS;
    const [h0, h1] = this.holidayRange(k);
    const changes = this.changesNear(k);
    if (changes.length === 0) {
      const offset = this.zone.offsetAt(start);
      let segments = shift(this.regular(offset, k).relative, start);
      if (h0 < h1) segments = subtract(segments, this.holidayWindows(h0, h1, offset, start, end));
      return toBlock(start, end, segments);
    }
    if (h0 === h1) return toBlock(start, end, shift(this.changed(k, changes).relative, start));
    return this.build(k);
  }

  /** block(k).total, without materialising the block when arithmetic gives it. */
  totalOf(k: number): number {
    const [h0, h1] = this.holidayRange(k);
    const changes = this.changesNear(k);
    if (changes.length === 0) {
      if (h0 === h1) return this.weeklyTotal;
      const start = k * BLOCK_MS;
      let lost = 0;
      for (const [a, b] of this.holidayWindows(h0, h1, this.zone.offsetAt(start), start, start + BLOCK_MS)) {
        lost += b - a;
      }
      return this.weeklyTotal - lost;
    }
    if (h0 === h1) return this.changed(k, changes).total;
    return this.build(k).total;
  }

  /** Block indices in [a, b) that may differ from the weekly pattern (a superset), ascending. */
  irregularBlocks(a: number, b: number): number[] {
    const found = new Set<number>();
    const [h0, h1] = this.holidaysBetween(7 * a - REACH_DAYS, 7 * b + REACH_DAYS + 7);
    for (let i = h0; i < h1; i++) {
      const day = this.holidays[i] as number;
      // Block k reaches the dates 7k - 2 .. 7k + 9.
      for (let k = Math.ceil((day - 7 - 2 * REACH_DAYS) / 7); k <= Math.floor((day + REACH_DAYS) / 7); k++) {
        if (k >= a && k < b) found.add(k);
      }
    }
    for (const tr of this.zone.between(
      a * BLOCK_MS - 2 * CHANGE_MARGIN_MS,
      b * BLOCK_MS + 2 * CHANGE_MARGIN_MS,
    )) {
      const lo = Math.floor((tr.at - CHANGE_MARGIN_MS) / BLOCK_MS) - 1;
      const hi = Math.floor((tr.at + CHANGE_MARGIN_MS) / BLOCK_MS) + 1;
      for (let k = Math.max(a, lo); k <= Math.min(b - 1, hi); k++) found.add(k);
    }
    return [...found].sort((x, y) => x - y);
  }

  /** The first block from k on that reaches a holiday (Infinity when none does). */
  firstHolidayBlock(k: number): number {
    const i = lowerBound(this.holidays, 7 * k - REACH_DAYS);
    if (i === this.holidays.length) return Number.POSITIVE_INFINITY;
    return Math.max(k, Math.ceil(((this.holidays[i] as number) - 7 - REACH_DAYS) / 7));
  }

  private changesNear(k: number): Transition[] {
    const start = k * BLOCK_MS;
    return this.zone.between(start - CHANGE_MARGIN_MS, start + BLOCK_MS + CHANGE_MARGIN_MS);
  }

  /** The weekly pattern at a constant offset, relative to a block's start (same for every block). */
  private regular(offset: number, k: number): Shape {
    let shape = this.byOffset.get(offset);
    if (shape === undefined) {
      this.built++;
      const block = buildBlock({ ...this.cal, holidays: NO_HOLIDAYS }, k, () => offset);
      shape = shapeOf(block);
      if (this.byOffset.size >= MAX_SHAPES) this.byOffset.clear();
      this.byOffset.set(offset, shape);
    }
    return shape;
  }

  /** A block without holidays near offset changes, by where the changes fall in it. */
  private changed(k: number, changes: readonly Transition[]): Shape {
    const start = k * BLOCK_MS;
    const key = changes.map((tr) => `${tr.at - start}:${tr.before}:${tr.after}`).join(",");
    let shape = this.byChanges.get(key);
    if (shape === undefined) {
      shape = shapeOf(this.build(k));
      if (this.byChanges.size >= MAX_SHAPES) this.byChanges.clear();
      this.byChanges.set(key, shape);
    }
    return shape;
  }

  private build(k: number): Block {
    let block = this.oneOff.get(k);
    if (block === undefined) {
      this.built++;
      block = buildBlock(this.cal, k, (t) => this.zone.offsetAt(t));
      if (this.oneOff.size >= MAX_SHAPES) this.oneOff.clear();
      this.oneOff.set(k, block);
    }
    return block;
  }

  private holidayRange(k: number): [number, number] {
    return this.holidaysBetween(7 * k - REACH_DAYS, 7 * k + 7 + REACH_DAYS + 1);
  }

  /** Index range [i, j) of the holidays d with lo <= d < hi. */
  private holidaysBetween(lo: number, hi: number): [number, number] {
    return [lowerBound(this.holidays, lo), lowerBound(this.holidays, hi)];
  }

  /** The windows the holidays [h0, h1) close, at a constant offset, clipped to [start, end), sorted. */
  private holidayWindows(
    h0: number,
    h1: number,
    offset: number,
    start: number,
    end: number,
  ): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = h0; i < h1; i++) {
      const day = this.holidays[i] as number;
      for (const [from, to] of this.cal.windows[weekdayIndexOf(day)] ?? []) {
        const a = Math.max(start, day * DAY_MS + from * MINUTE_MS - offset);
        const b = Math.min(end, day * DAY_MS + to * MINUTE_MS - offset);
        if (b > a) out.push([a, b]);
      }
    }
    return out;
  }
}

function shapeOf(block: Block): Shape {
  const relative: Array<[number, number]> = [];
  for (let i = 0; i < block.starts.length; i++) {
    relative.push([(block.starts[i] as number) - block.start, (block.ends[i] as number) - block.start]);
  }
  return { relative, total: block.total };
}

function shift(relative: Segments, by: number): Array<[number, number]> {
  return relative.map(([a, b]) => [a + by, b + by]);
}

/**
 * Segments minus closed windows. Windows of different dates never overlap at a constant offset, and
 * each lies within the segments (the pattern holds every date's windows), so the pieces left are
 * disjoint and do not touch.
 */
function subtract(
  segments: Segments,
  closed: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of segments) {
    let from = a;
    for (const [x, y] of closed) {
      if (y <= from || x >= b) continue;
      if (x > from) out.push([from, x]);
      from = Math.max(from, y);
    }
    if (b > from) out.push([from, b]);
  }
  return out;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
