/**
 * The engine as it was before long spans were summed (issue 12), kept as a test oracle: every block
 * of a span built from first principles with luxon's offsets and walked one week at a time. Slow on
 * long spans (a century is 5,200 blocks) and obviously right; it was itself checked against the
 * minute-stepping oracle (oracle.ts). Exact at any millisecond, unlike oracle.ts.
 */
import type { Block } from "../../src/time/business-block";
import {
  blockIndexOf,
  buildBlock,
  instantReaching,
  measureBefore,
  segmentAfter,
} from "../../src/time/business-block";
import type { BusinessCalendar } from "../../src/time/types";
import { parseCalendar } from "../../src/time/validate-calendar";

export interface BlockWalk {
  between(from: number, to: number): number;
  add(start: number, duration: number): number;
  next(t: number): number;
  nextClosing(t: number, until: number): number | null;
  intervals(from: number, to: number): Array<[number, number]>;
}

/** Gives up after this many empty weeks in a row (the calendar never opens within reach). */
const MAX_EMPTY = 2000;

export function blockWalk(cal: BusinessCalendar): BlockWalk {
  const parsed = parseCalendar(cal);
  const cache = new Map<number, Block>();
  const block = (k: number): Block => {
    let found = cache.get(k);
    if (found === undefined) {
      if (cache.size > 20_000) cache.clear();
      found = buildBlock(parsed, k);
      cache.set(k, found);
    }
    return found;
  };
  const next = (t: number): number => {
    let k = blockIndexOf(t);
    let from = t;
    for (let empty = 0; empty < MAX_EMPTY;) {
      const b = block(k);
      const i = segmentAfter(b, from);
      if (i < b.starts.length) return Math.max(from, b.starts[i] as number);
      from = b.end;
      k++;
      empty = block(k).total === 0 ? empty + 1 : 0;
    }
    throw new Error("block walk: never opens");
  };
  return {
    between(from, to) {
      if (to <= from) return 0;
      const first = blockIndexOf(from);
      const last = blockIndexOf(to);
      const head = block(first);
      if (first === last) return measureBefore(head, to) - measureBefore(head, from);
      let sum = head.total - measureBefore(head, from);
      for (let k = first + 1; k < last; k++) sum += block(k).total;
      return sum + measureBefore(block(last), to);
    },
    add(start, duration) {
      if (duration === 0) return next(start);
      let k = blockIndexOf(start);
      let b = block(k);
      let target = measureBefore(b, start) + duration;
      while (target > b.total) {
        target -= b.total;
        b = block(++k);
      }
      return next(instantReaching(b, target));
    },
    next,
    nextClosing(t, until) {
      let cursor = t;
      while (cursor < until) {
        const b = block(blockIndexOf(cursor));
        const i = segmentAfter(b, cursor);
        if (i === b.starts.length || (b.starts[i] as number) > cursor) return cursor;
        const end = b.ends[i] as number;
        if (end < b.end) return end < until ? end : null;
        cursor = end;
      }
      return null;
    },
    intervals(from, to) {
      const out: Array<[number, number]> = [];
      if (to <= from) return out;
      for (let k = blockIndexOf(from); k <= blockIndexOf(to); k++) {
        const b = block(k);
        for (let i = segmentAfter(b, from); i < b.starts.length; i++) {
          const x = Math.max(from, b.starts[i] as number);
          const y = Math.min(to, b.ends[i] as number);
          if (x >= y) break;
          const last = out[out.length - 1];
          if (last !== undefined && last[1] === x) last[1] = y;
          else out.push([x, y]);
        }
      }
      return out;
    },
  };
}
