import type { IANAZone } from "luxon";
import type { ErrorKey, ErrorParams } from "../errors";
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
  if (typeof cal !== "object" || (cal as unknown) === null) fail("errors.calendarObject");
  const zone = loadZone(cal.timeZone);
  if (zone === undefined) fail("errors.calendarZone", { zone: cal.timeZone });
  const windows = parseWeekly(cal.weekly);
  if (windows.every((day) => day.length === 0)) fail("errors.calendarNoHours");
  return { zone, windows, holidays: parseHolidays(cal.holidays) };
}

function parseWeekly(weekly: unknown): Array<Array<readonly [number, number]>> {
  if (typeof weekly !== "object" || weekly === null || Array.isArray(weekly)) {
    fail("errors.calendarWeekly");
  }
  for (const key of Object.keys(weekly)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) fail("errors.calendarWeekday", { day: key });
  }
  const byDay = weekly as Partial<Record<Weekday, unknown>>;
  return WEEKDAYS.map((day) => parseDay(day, byDay[day]));
}

function parseDay(day: Weekday, raw: unknown): Array<readonly [number, number]> {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) fail("errors.calendarDayList", { day });
  const windows = (raw as unknown[]).map((w) => parseWindow(day, w)).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start < last[1]) {
      fail("errors.calendarOverlap", {
        day,
        first: `${hhmm(last[0])}-${hhmm(last[1])}`,
        second: `${hhmm(start)}-${hhmm(end)}`,
      });
    }
    // Touching windows (09:00-12:00, 12:00-17:00) are one stretch of business time.
    if (last !== undefined && start === last[1]) last[1] = end;
    else merged.push([start, end]);
  }
  return merged;
}

function parseWindow(day: Weekday, raw: unknown): readonly [number, number] {
  if (!Array.isArray(raw) || raw.length !== 2) fail("errors.calendarPair", { day });
  const [startText, endText] = raw as [unknown, unknown];
  const start = parseTime(day, startText);
  const end = parseTime(day, endText);
  if (start >= end)
    fail("errors.calendarEndsFirst", { day, window: `${String(startText)}-${String(endText)}` });
  return [start, end];
}

function parseTime(day: Weekday, text: unknown): number {
  const match = typeof text === "string" ? TIME_PATTERN.exec(text) : null;
  if (match === null) fail("errors.calendarTime", { day, time: String(text) });
  const hours = Number(match[1] ?? match[3]);
  const minutes = Number(match[2] ?? match[4]);
  return hours * 60 + minutes;
}

function parseHolidays(raw: unknown): Set<number> {
  if (raw === undefined) return new Set();
  if (!Array.isArray(raw)) fail("errors.calendarHolidays");
  const days = new Set<number>();
  for (const text of raw as unknown[]) {
    const day = typeof text === "string" ? parseLocalDate(text) : undefined;
    if (day === undefined) fail("errors.calendarHoliday", { date: String(text) });
    days.add(day);
  }
  return days;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function fail(key: ErrorKey, params: ErrorParams = {}): never {
  throw new InvalidCalendarError(key, params);
}
