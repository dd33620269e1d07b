import type { BusinessCalendar } from "@baton/shared";
import { withPublicHolidays } from "../holidays/public-holidays";
import type { HolidaySource } from "../store/mailboxes";
import { SETTINGS_LIMITS } from "@baton/shared/limits";

/** Years of public holidays a source adds: this one and the next two (dates are cheap, gaps are not). */
export const HOLIDAY_YEARS_AHEAD = SETTINGS_LIMITS.holidayYearsAhead.value;

/**
 * The calendar after switching its public-holiday source: the previous source's added dates come out
 * (the admin's own dates never do, because `added` holds only dates that were not there before), then
 * the new country's public holidays go in. `next` null: back to the admin's own dates only.
 */
export function applyHolidaySource(
  calendar: BusinessCalendar,
  previous: HolidaySource | null,
  next: { country: string; region: string | null } | null,
  fromYear: number,
): { calendar: BusinessCalendar; holidays: HolidaySource | null } {
  const removed = new Set(previous?.added ?? []);
  const own = (calendar.holidays ?? []).filter((date) => !removed.has(date));
  const base: BusinessCalendar = { ...calendar, holidays: own };
  if (next === null) return { calendar: base, holidays: null };
  const toYear = fromYear + HOLIDAY_YEARS_AHEAD;
  const source =
    next.region === null ? { country: next.country } : { country: next.country, region: next.region };
  const merged = withPublicHolidays(base, source, fromYear, toYear);
  const ownSet = new Set(own);
  return {
    calendar: merged,
    holidays: {
      country: next.country,
      region: next.region,
      fromYear,
      toYear,
      added: (merged.holidays ?? []).filter((date) => !ownSet.has(date)),
    },
  };
}
