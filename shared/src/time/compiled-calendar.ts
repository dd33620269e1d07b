/**
 * Calendars compiled once and reused: per object (WeakMap) for callers that keep their calendar, and
 * per canonical JSON for the backend, which parses a fresh but equal calendar on every request.
 * Blocks of business time are computed lazily and kept per compiled calendar; sums over long
 * ranges come from per-chunk corrections (chunk-sums.ts), not from the blocks.
 */
import { BlockSource } from "./block-source";
import type { Block } from "./business-block";
import { ChunkSums } from "./chunk-sums";
import { InvalidCalendarError } from "./invalid-calendar-error";
import type { BusinessCalendar } from "./types";
import { WEEKDAYS } from "./types";
import type { ParsedCalendar } from "./validate-calendar";
import { parseCalendar } from "./validate-calendar";
import { INTERNAL_LIMITS } from "../limits/internal";

const MAX_CALENDARS = INTERNAL_LIMITS.compiledCalendars.value;
/** About 80 years of weeks: blocks asked for one by one (the ends of spans); a few MB worst case. */
const MAX_BLOCKS = INTERNAL_LIMITS.calendarBlocks.value;

export class CompiledCalendar {
  private readonly blocks = new Map<number, Block>();
  private lastIndex = Number.NaN;
  private lastBlock: Block | undefined;
  /**
   * How many empty blocks in a row a scan may cross before giving up. A calendar with windows has
   * business time every week except where holidays close it, and each such week holds a holiday,
   * so more empty weeks in a row than holidays means it never opens again.
   */
  readonly maxEmptyBlocks: number;
  readonly source: BlockSource;
  readonly sums: ChunkSums;

  constructor(readonly parsed: ParsedCalendar) {
    this.maxEmptyBlocks = parsed.holidays.size + 3;
    this.source = new BlockSource(parsed);
    this.sums = new ChunkSums(this.source);
  }

  /**
   * How many blocks this calendar has built from first principles: a few per zone rule and one per
   * week with both a holiday and an offset change, whatever the spans asked about (tests pin it).
   */
  get blocksBuilt(): number {
    return this.source.built;
  }

  block(index: number): Block {
    if (index === this.lastIndex && this.lastBlock !== undefined) return this.lastBlock;
    let block = this.blocks.get(index);
    if (block === undefined) {
      if (this.blocks.size >= MAX_BLOCKS) this.blocks.clear();
      block = this.source.block(index);
      this.blocks.set(index, block);
    }
    this.lastIndex = index;
    this.lastBlock = block;
    return block;
  }

  /** Thrown by scans that crossed maxEmptyBlocks empty blocks: never loop forever. */
  neverOpens(): InvalidCalendarError {
    return new InvalidCalendarError("errors.calendarNeverOpens");
  }
}

const byObject = new WeakMap<BusinessCalendar, CompiledCalendar>();
const byKey = new Map<string, CompiledCalendar>();

export function compileCalendar(cal: BusinessCalendar): CompiledCalendar {
  const known = typeof cal === "object" && (cal as unknown) !== null ? byObject.get(cal) : undefined;
  if (known !== undefined) return known;
  const key = canonicalKey(cal);
  let compiled = byKey.get(key);
  if (compiled === undefined) {
    compiled = new CompiledCalendar(parseCalendar(cal));
    if (byKey.size >= MAX_CALENDARS) byKey.delete(byKey.keys().next().value as string);
  } else {
    byKey.delete(key); // re-inserted below: Map order is the LRU order
  }
  byKey.set(key, compiled);
  byObject.set(cal, compiled);
  return compiled;
}

/** Equal calendars give equal keys whatever their key order or holiday order. */
function canonicalKey(cal: BusinessCalendar): string {
  try {
    const weekly = cal.weekly as Record<string, unknown>;
    const extra = Object.keys(weekly).filter((k) => !(WEEKDAYS as readonly string[]).includes(k));
    const holidays =
      Array.isArray(cal.holidays) && !isSorted(cal.holidays) ? [...cal.holidays].sort() : cal.holidays;
    return JSON.stringify([cal.timeZone, WEEKDAYS.map((d) => weekly[d] ?? null), extra, holidays]);
  } catch {
    parseCalendar(cal); // names the problem
    throw new InvalidCalendarError("errors.calendarNotJson");
  }
}

/** Stored holiday lists are usually sorted already; checking is far cheaper than sorting a copy. */
function isSorted(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if ((list[i - 1] as string) > (list[i] as string)) return false;
  return true;
}
