/**
 * Local dates as day numbers (days since 1970-01-01 on the proleptic Gregorian calendar), so date
 * arithmetic is integer arithmetic and weekday lookup is a modulo.
 */
import type { Weekday } from "./types";
import { WEEKDAYS } from "./types";
import { DAY_MS } from "./units";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of "YYYY-MM-DD", or undefined when the text is not a real date. */
export function parseLocalDate(text: string): number | undefined {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  const ms = new Date(0).setUTCFullYear(y, m - 1, d);
  // Date.UTC rolls 2025-02-30 over to March; a round trip catches dates that do not exist.
  return formatLocalDate(ms / DAY_MS) === text ? ms / DAY_MS : undefined;
}

export function formatLocalDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 1970-01-01 was a Thursday, index 3 with Monday as 0. */
export function weekdayIndexOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function weekdayOf(day: number): Weekday {
  return WEEKDAYS[weekdayIndexOf(day)] as Weekday;
}
