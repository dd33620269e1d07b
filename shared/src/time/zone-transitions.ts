/**
 * A zone's offset changes, found once and kept, so the engine can tell in a binary search whether a
 * stretch of time has one constant offset (then its business time is arithmetic) and can resolve
 * wall times without asking Intl again. Found by sampling luxon's offsets and bisecting between
 * samples that differ, one chunk of time at a time, on demand.
 */
import type { IANAZone } from "luxon";
import { BLOCK_MS } from "./business-block";
import { DAY_MS } from "./units";
import { offsetAt } from "./zone";
import { INTERNAL_LIMITS } from "../limits/internal";

/**
 * The IANA database records no offset change before 1834 (Europe/Amsterdam's first), so before this
 * instant every zone keeps the offset it has here: reading it once instead of sampling 1,800 years
 * is what keeps a message dated 0001-01-01 cheap. zone-transitions.test.ts checks it for the zones
 * this runtime knows.
 */
export const ZONE_HISTORY_START_MS = Date.UTC(1800, 0, 1);

/**
 * From here on, zones follow their final yearly rule, which repeats with the Gregorian calendar
 * every 400 years (146,097 days, a whole number of weeks); the IANA database's explicit predictions
 * end before 2090. Offsets after one whole cycle are read from the cycle before, so the far future
 * costs one cycle of sampling at most. Checked in zone-transitions.test.ts.
 */
export const ZONE_RULES_REPEAT_FROM_MS = Date.UTC(2200, 0, 1);
export const GREGORIAN_CYCLE_MS = 146_097 * DAY_MS;

/**
 * Samples this far apart see every offset change: two changes of one zone are never closer than
 * 3.99 days in the IANA database (Africa/Freetown, 1939), and a pair inside one step would cancel
 * out unseen.
 */
export const ZONE_SAMPLE_STEP_MS = 3 * DAY_MS;

/** 27 weeks: a whole number of blocks that divides the 400-year cycle (20,871 = 27 x 773 weeks). */
export const CHUNK_BLOCKS = 27;
export const CHUNK_MS = CHUNK_BLOCKS * BLOCK_MS;
export const CYCLE_CHUNKS = GREGORIAN_CYCLE_MS / CHUNK_MS;
export const REPEAT_FROM_CHUNK = Math.ceil(ZONE_RULES_REPEAT_FROM_MS / CHUNK_MS);

/** The chunk one or more whole cycles earlier, in [REPEAT_FROM_CHUNK, + CYCLE_CHUNKS), for c past it. */
export function periodicReference(c: number): number {
  return REPEAT_FROM_CHUNK + ((c - REPEAT_FROM_CHUNK) % CYCLE_CHUNKS);
}

/**
 * Chunks kept per zone: every chunk ever scanned (1800 to one cycle past 2200 is about 1,550), so
 * the cache is never cleared in practice.
 */
export const MAX_ZONE_CHUNKS = INTERNAL_LIMITS.zoneChunks.value;
/** Zones kept; a process serves a handful. */
export const MAX_ZONES = INTERNAL_LIMITS.zones.value;

export interface Transition {
  /** First instant with the new offset. */
  at: number;
  before: number;
  after: number;
}

interface Chunk {
  /** Offset at the chunk's start. */
  first: number;
  transitions: readonly Transition[];
}

export class ZoneTransitions {
  private readonly chunks = new Map<number, Chunk>();
  private readonly quietOffset: number;
  /** Luxon offset reads so far: what the cache saves, for tests. */
  samples = 0;

  constructor(private readonly zone: IANAZone) {
    this.quietOffset = this.read(ZONE_HISTORY_START_MS);
  }

  /** Offset from UTC in ms at t, equal to `offsetAt(zone, t)` from the table. */
  offsetAt(t: number): number {
    const chunk = this.chunk(Math.floor(t / CHUNK_MS));
    let offset = chunk.first;
    for (const tr of chunk.transitions) {
      if (tr.at > t) break;
      offset = tr.after;
    }
    return offset;
  }

  /** Changes with from <= at < to, in order. */
  between(from: number, to: number): Transition[] {
    const out: Transition[] = [];
    if (to <= from) return out;
    if (to <= ZONE_HISTORY_START_MS) return out;
    const last = Math.floor((to - 1) / CHUNK_MS);
    for (let c = Math.floor(Math.max(from, ZONE_HISTORY_START_MS - CHUNK_MS) / CHUNK_MS); c <= last; c++) {
      for (const tr of this.chunk(c).transitions) if (tr.at >= from && tr.at < to) out.push(tr);
    }
    return out;
  }

  /** Whether the offset is the same at every instant of [from, to]. */
  isConstant(from: number, to: number): boolean {
    return this.between(from, to + 1).length === 0;
  }

  private chunk(c: number): Chunk {
    if (c >= REPEAT_FROM_CHUNK + CYCLE_CHUNKS) {
      // Derived on the fly from the cycle before, so the far future never evicts what was scanned.
      const ref = periodicReference(c);
      const shift = (c - ref) * CHUNK_MS;
      const found = this.chunk(ref);
      return {
        first: found.first,
        transitions: found.transitions.map((tr) => ({ ...tr, at: tr.at + shift })),
      };
    }
    let chunk = this.chunks.get(c);
    if (chunk === undefined) {
      chunk = this.scan(c * CHUNK_MS, (c + 1) * CHUNK_MS);
      if (this.chunks.size >= MAX_ZONE_CHUNKS) this.chunks.clear();
      this.chunks.set(c, chunk);
    }
    return chunk;
  }

  /** Samples [from - 1 s, to) and bisects each change to the second (Intl offsets are per second). */
  private scan(from: number, to: number): Chunk {
    if (to <= ZONE_HISTORY_START_MS) return { first: this.quietOffset, transitions: [] };
    const transitions: Transition[] = [];
    let x = Math.max(from, ZONE_HISTORY_START_MS) - 1000;
    let offset = x < ZONE_HISTORY_START_MS ? this.quietOffset : this.read(x);
    const start = offset;
    while (x < to - 1000) {
      const y = Math.min(x + ZONE_SAMPLE_STEP_MS, to - 1000);
      const next = this.read(y);
      if (next !== offset) {
        let lo = x; // offset(lo) === offset
        let hi = y; // offset(hi) !== offset
        while (hi - lo > 1000) {
          const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
          if (this.read(mid) === offset) lo = mid;
          else hi = mid;
        }
        const after = this.read(hi);
        transitions.push({ at: hi, before: offset, after });
        offset = after;
        x = hi;
        continue;
      }
      x = y;
    }
    const head = transitions[0];
    const first = head !== undefined && head.at === from ? head.after : start;
    return { first, transitions };
  }

  private read(t: number): number {
    this.samples++;
    return offsetAt(this.zone, t);
  }
}

const byZone = new Map<string, ZoneTransitions>();

/** One table per zone, shared by every calendar in that zone. */
export function zoneTransitionsOf(zone: IANAZone): ZoneTransitions {
  let found = byZone.get(zone.name);
  if (found === undefined) {
    if (byZone.size >= MAX_ZONES) byZone.delete(byZone.keys().next().value as string);
    found = new ZoneTransitions(zone);
    byZone.set(zone.name, found);
  }
  return found;
}
