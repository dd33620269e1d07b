import { FOLLOW_UP_LIMITS } from "../limits/followups";
import { isBusinessInstant, nextBusinessInstant, nextClosing } from "../time/business-time";
import type { BusinessCalendar } from "../time/types";
import { DAY_MS, HOUR_MS } from "../time/units";
import { loadZone, offsetAt, resolveWallTime } from "../time/zone";

/** How far the morning is looked for: a calendar with no closing in that span has no "morning". */
export const NEXT_MORNING_SEARCH_MS = FOLLOW_UP_LIMITS.nextMorningSearchDays.value * DAY_MS;

/** The local hour taken when the calendar has no morning to offer (open around the clock). */
export const FALLBACK_MORNING_HOUR = 9;

/**
 * "Next business morning": the next business opening of the mailbox's calendar strictly after now,
 * in the calendar's zone, holidays and DST included. During business hours that is the opening after
 * the current stretch closes (tomorrow's start, not now); outside them, the next opening. A calendar
 * that never closes within NEXT_MORNING_SEARCH_MS (24/7) has no opening to find, so it is 09:00 of
 * the next local day in the calendar's zone.
 */
export function nextBusinessMorning(calendar: BusinessCalendar, nowMs: number): number {
  const until = nowMs + NEXT_MORNING_SEARCH_MS;
  let from = nowMs;
  if (isBusinessInstant(calendar, nowMs)) {
    const closing = nextClosing(calendar, nowMs, until);
    if (closing === null) return fallbackMorning(calendar.timeZone, nowMs);
    from = closing;
  }
  const opening = nextBusinessInstant(calendar, from);
  return opening > nowMs && opening <= until ? opening : fallbackMorning(calendar.timeZone, nowMs);
}

/** 09:00 of the local day after now's, in `timeZone` (UTC when the zone is unknown). */
function fallbackMorning(timeZone: string, nowMs: number): number {
  const zone = loadZone(timeZone) ?? loadZone("UTC");
  if (zone === undefined) return nowMs + DAY_MS;
  const wall = nowMs + offsetAt(zone, nowMs);
  const nextDay = (Math.floor(wall / DAY_MS) + 1) * DAY_MS;
  return resolveWallTime(zone, nextDay + FALLBACK_MORNING_HOUR * HOUR_MS);
}
