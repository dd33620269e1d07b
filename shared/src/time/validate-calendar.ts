import type { IANAZone } from "luxon";
import { InvalidCalendarError } from "./invalid-calendar-error";
import { parseLocalDate } from "./local-date";
import type { BusinessCalendar, Weekday } from "./types";
import { WEEKDAYS } from "./types";
import { loadZone } from "./zone";

/** A calendar checked and turned into numbers: what the engine computes with. */
export interface ParsedCalendar {
  zone: IANAZone;
  /** Per weekday index (Monday 0), sorted windows as [startMinute, endMinute), touching ones merged. */
  windows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** Day numbers of closed local dates. */
  holidays: ReadonlySet<number>;
}

const TIME_PATTERN = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Throws InvalidCalendarError with a sentence naming the first problem found. */
export function validateCalendar(cal: BusinessCalendar): void {
  parseCalendar(cal);
}

export function parseCalendar(cal: BusinessCalendar): ParsedCalendar {
  if (typeof cal !== "object" || (cal as unknown) === null) fail("A calendar must be an object.");
  const zone = loadZone(cal.timeZone);
  if (zone === undefined)
    fail(`Unknown time zone "${cal.timeZone}"; use an IANA name such as "Europe/Amsterdam".`);
  const windows = parseWeekly(cal.weekly);
  if (windows.every((day) => day.length === 0)) fail("The calendar has no business hours on any weekday.");
  return { zone, windows, holidays: parseHolidays(cal.holidays) };
}

function parseWeekly(weekly: unknown): Array<Array<readonly [number, number]>> {
  if (typeof weekly !== "object" || weekly === null || Array.isArray(weekly)) {
    fail("Weekly hours must map weekdays (mon..sun) to lists of [start, end] windows.");
  }
  for (const key of Object.keys(weekly)) {
    if (!(WEEKDAYS as readonly string[]).includes(key))
      fail(`Unknown weekday "${key}"; use mon, tue, ..., sun.`);
  }
  const byDay = weekly as Partial<Record<Weekday, unknown>>;
  return WEEKDAYS.map((day) => parseDay(day, byDay[day]));
}

function parseDay(day: Weekday, raw: unknown): Array<readonly [number, number]> {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) fail(`Hours for ${day} must be a list of [start, end] windows.`);
  const windows = (raw as unknown[]).map((w) => parseWindow(day, w)).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start < last[1]) {
      fail(`Windows on ${day} overlap (${hhmm(last[0])}-${hhmm(last[1])} and ${hhmm(start)}-${hhmm(end)}).`);
    }
    // Touching windows (09:00-12:00, 12:00-17:00) are one stretch of business time.
    if (last !== undefined && start === last[1]) last[1] = end;
    else merged.push([start, end]);
  }
  return merged;
}

function parseWindow(day: Weekday, raw: unknown): readonly [number, number] {
  if (!Array.isArray(raw) || raw.length !== 2) fail(`A window on ${day} must be a pair ["HH:MM", "HH:MM"].`);
  const [startText, endText] = raw as [unknown, unknown];
  const start = parseTime(day, startText);
  const end = parseTime(day, endText);
  if (start >= end)
    fail(`The window ${String(startText)}-${String(endText)} on ${day} must end after it starts.`);
  return [start, end];
}

function parseTime(day: Weekday, text: unknown): number {
  const match = typeof text === "string" ? TIME_PATTERN.exec(text) : null;
  if (match === null) fail(`"${String(text)}" on ${day} is not a time "HH:MM" between 00:00 and 24:00.`);
  const hours = Number(match[1] ?? match[3]);
  const minutes = Number(match[2] ?? match[4]);
  return hours * 60 + minutes;
}

function parseHolidays(raw: unknown): Set<number> {
  if (raw === undefined) return new Set();
  if (!Array.isArray(raw)) fail('Holidays must be a list of local dates "YYYY-MM-DD".');
  const days = new Set<number>();
  for (const text of raw as unknown[]) {
    const day = typeof text === "string" ? parseLocalDate(text) : undefined;
    if (day === undefined) fail(`Holiday "${String(text)}" is not a date "YYYY-MM-DD".`);
    days.add(day);
  }
  return days;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function fail(message: string): never {
  throw new InvalidCalendarError(message);
}
