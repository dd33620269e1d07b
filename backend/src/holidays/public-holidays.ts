import Holidays from "date-holidays";
import type { BusinessCalendar } from "@baton/shared";

const DAY_MS = 86_400_000;

/** Where a calendar's public holidays come from: an ISO 3166 country and optional region (state). */
export interface HolidaySource {
  country: string;
  region?: string;
}

/** Whether date-holidays knows the country (and region): admins pick from what exists. */
export function isKnownHolidaySource(source: HolidaySource): boolean {
  const countries = new Holidays().getCountries();
  if (!(source.country in countries)) return false;
  if (source.region === undefined) return true;
  // Typed as always an object, but undefined at runtime for a country without states.
  const states = new Holidays().getStates(source.country) as Record<string, string> | undefined;
  return states !== undefined && source.region in states;
}

/**
 * The public holidays (type "public" only — not bank, school, optional or observance days) of a
 * country/region from `fromYear` to `toYear`, as local dates "YYYY-MM-DD" sorted and unique. A
 * holiday lasting several days contributes each date. date-holidays computes them in the country's
 * own zone, and `date` is its local start, so no zone math happens here.
 */
export function publicHolidays(
  country: string,
  region: string | undefined,
  fromYear: number,
  toYear: number,
): string[] {
  const source = region === undefined ? new Holidays(country) : new Holidays(country, region);
  const dates = new Set<string>();
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const holiday of source.getHolidays(year)) {
      if (holiday.type !== "public") continue;
      const first = holiday.date.slice(0, 10);
      const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
      const start = Date.parse(`${first}T00:00:00Z`);
      for (let i = 0; i < days; i += 1) dates.add(new Date(start + i * DAY_MS).toISOString().slice(0, 10));
    }
  }
  return [...dates].sort();
}

/**
 * A calendar with a country's public holidays merged into its own dates (the admin's own closures
 * stay; nothing is removed). A new value: calendars are immutable (compiled per object).
 */
export function withPublicHolidays(
  calendar: BusinessCalendar,
  source: HolidaySource,
  fromYear: number,
  toYear: number,
): BusinessCalendar {
  const merged = new Set([
    ...(calendar.holidays ?? []),
    ...publicHolidays(source.country, source.region, fromYear, toYear),
  ]);
  return { ...calendar, holidays: [...merged].sort() };
}
