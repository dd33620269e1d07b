/**
 * Benchmark cases both competitor libraries can express: one weekly 09:00-17:00 window Mon-Fri and
 * whole-day holidays, in a DST zone. Starts are minute-aligned over two years (so they cross both
 * DST changes of each year); durations are whole minutes up to 5 business days.
 */
import type { BusinessCalendar } from "../src/time";

export const ZONE = "America/New_York";
export const HOLIDAYS = [
  "2025-01-01",
  "2025-01-20",
  "2025-02-17",
  "2025-05-26",
  "2025-07-04",
  "2025-09-01",
  "2025-11-27",
  "2025-12-25",
  "2026-01-01",
  "2026-01-19",
  "2026-02-16",
  "2026-05-25",
  "2026-07-03",
  "2026-09-07",
  "2026-11-26",
  "2026-12-25",
];
const nineToFive: Array<[string, string]> = [["09:00", "17:00"]];
export const CALENDAR: BusinessCalendar = {
  timeZone: ZONE,
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  holidays: HOLIDAYS,
};

export interface Case {
  start: number;
  minutes: number;
}

/** Deterministic (mulberry32) so every run measures the same cases. */
export function makeCases(n: number, seed = 20250330): Case[] {
  let s = seed >>> 0;
  const random = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const from = Date.UTC(2025, 0, 1);
  const span = Date.UTC(2026, 11, 1) - from;
  return Array.from({ length: n }, () => ({
    start: from + Math.floor((random() * span) / 60_000) * 60_000,
    minutes: 1 + Math.floor(random() * 5 * 8 * 60),
  }));
}

/** Runs `body` over the cases until at least `minMs` has passed; returns operations per second. */
export function opsPerSecond(cases: readonly Case[], body: (c: Case) => number, minMs = 1000): number {
  let sink = 0;
  let ops = 0;
  const began = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const c of cases) sink += body(c);
    ops += cases.length;
    elapsed = performance.now() - began;
  }
  if (Number.isNaN(sink)) throw new Error("unreachable: keeps the loop from being optimised away");
  return (ops / elapsed) * 1000;
}
