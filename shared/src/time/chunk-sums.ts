/**
 * Sums of block totals over long ranges: (number of blocks) x (weekly total) plus the corrections of
 * the few blocks that differ (holidays, offset changes). Corrections are kept per chunk of 27 weeks,
 * so a sum over a century reads about 200 cached numbers, and the centuries before any zone had an
 * offset change cost one look at the holiday list.
 */
import { BLOCK_MS } from "./business-block";
import type { BlockSource } from "./block-source";
import { CHANGE_MARGIN_MS } from "./block-source";
import {
  CHUNK_BLOCKS,
  CYCLE_CHUNKS,
  REPEAT_FROM_CHUNK,
  ZONE_HISTORY_START_MS,
  periodicReference,
} from "./zone-transitions";
import { INTERNAL_LIMITS } from "../limits/internal";

/** Chunks of corrections kept per calendar (about 2,000 years); cleared past that. */
export const MAX_CORRECTION_CHUNKS = INTERNAL_LIMITS.correctionChunks.value;

/** Blocks before this one are more than their margin away from any offset change. */
const QUIET_BEFORE_BLOCK = Math.floor((ZONE_HISTORY_START_MS - 2 * CHANGE_MARGIN_MS) / BLOCK_MS) - 1;

export class ChunkSums {
  private readonly corrections = new Map<number, number>();
  /** Correction of the reference cycle of chunks (holiday-free), once computed. */
  private cycle: number | undefined;

  constructor(private readonly source: BlockSource) {}

  /** Sum of block(k).total for a <= k < b (0 when b <= a). */
  sum(a: number, b: number): number {
    if (b <= a) return 0;
    return (b - a) * this.source.weeklyTotal + this.correction(a, b);
  }

  /** Sum of the totals of chunk c's blocks [27c, 27c + 27). */
  chunkTotal(c: number): number {
    return CHUNK_BLOCKS * this.source.weeklyTotal + this.chunkCorrection(c);
  }

  /**
   * The first block from k on that may differ from the weekly pattern, as far as it is cheap to
   * know: before any zone had an offset change only holidays make blocks differ, so the centuries
   * before 1800 are crossed in one step; elsewhere k itself (callers go chunk by chunk).
   */
  regularUntil(k: number): number {
    if (k >= QUIET_BEFORE_BLOCK) return k;
    return Math.min(QUIET_BEFORE_BLOCK, this.source.firstHolidayBlock(k));
  }

  private correction(a: number, b: number): number {
    let sum = 0;
    let k = a;
    const quietEnd = Math.min(b, QUIET_BEFORE_BLOCK);
    if (k < quietEnd) {
      sum += this.rangeCorrection(k, quietEnd);
      k = quietEnd;
    }
    while (k < b) {
      const c = Math.floor(k / CHUNK_BLOCKS);
      const cycle = this.cycleCorrection(c, b);
      if (k === c * CHUNK_BLOCKS && cycle !== undefined) {
        // Whole 400-year cycles in one step: 273,000 years ahead cost 700 steps, not 530,000.
        const cycles = Math.floor((b - k) / (CYCLE_CHUNKS * CHUNK_BLOCKS));
        sum += cycles * cycle;
        k += cycles * CYCLE_CHUNKS * CHUNK_BLOCKS;
        if (cycles > 0) continue;
      }
      const chunkEnd = (c + 1) * CHUNK_BLOCKS;
      if (k === c * CHUNK_BLOCKS && chunkEnd <= b) {
        sum += this.chunkCorrection(c);
        k = chunkEnd;
        continue;
      }
      const stop = Math.min(chunkEnd, b);
      sum += this.rangeCorrection(k, stop);
      k = stop;
    }
    return sum;
  }

  private chunkCorrection(c: number): number {
    if (c >= REPEAT_FROM_CHUNK + CYCLE_CHUNKS) {
      // Past the repeat, a chunk without holidays corrects exactly as its reference does.
      const ref = periodicReference(c);
      if (this.holidayFree(c, c + 1) && this.holidayFree(ref, ref + 1)) return this.chunkCorrection(ref);
    }
    let found = this.corrections.get(c);
    if (found === undefined) {
      found = this.rangeCorrection(c * CHUNK_BLOCKS, (c + 1) * CHUNK_BLOCKS);
      if (this.corrections.size >= MAX_CORRECTION_CHUNKS) this.corrections.clear();
      this.corrections.set(c, found);
    }
    return found;
  }

  /**
   * The correction of one whole cycle of chunks starting at chunk c, when c starts a cycle past the
   * repeat and neither it nor the reference cycle reaches a holiday; else undefined.
   */
  private cycleCorrection(c: number, b: number): number | undefined {
    if (c < REPEAT_FROM_CHUNK + CYCLE_CHUNKS || periodicReference(c) !== REPEAT_FROM_CHUNK) return undefined;
    if ((c + CYCLE_CHUNKS) * CHUNK_BLOCKS > b) return undefined;
    const referenceFree = this.holidayFree(REPEAT_FROM_CHUNK, REPEAT_FROM_CHUNK + CYCLE_CHUNKS);
    if (!referenceFree || !this.holidayFree(c, Number.POSITIVE_INFINITY)) return undefined;
    if (this.cycle === undefined) {
      let sum = 0;
      for (let r = REPEAT_FROM_CHUNK; r < REPEAT_FROM_CHUNK + CYCLE_CHUNKS; r++)
        sum += this.chunkCorrection(r);
      this.cycle = sum;
    }
    return this.cycle;
  }

  /** Whether no block of chunks [c, d) reaches a holiday. */
  private holidayFree(c: number, d: number): boolean {
    return this.source.firstHolidayBlock(c * CHUNK_BLOCKS) >= d * CHUNK_BLOCKS;
  }

  private rangeCorrection(a: number, b: number): number {
    let sum = 0;
    for (const k of this.source.irregularBlocks(a, b))
      sum += this.source.totalOf(k) - this.source.weeklyTotal;
    return sum;
  }
}
