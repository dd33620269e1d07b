import { wallClockAt } from "@baton/shared";
import type { Translator } from "@baton/shared/i18n";

const DAY_MS = 86_400_000;

/** One weekday formatter per locale: building an Intl formatter costs far more than using one. */
const weekdays = new Map<string, Intl.DateTimeFormat>();

function weekdayFormat(locale: string): Intl.DateTimeFormat {
  let format = weekdays.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
    weekdays.set(locale, format);
  }
  return format;
}

/**
 * "Mon 2026-03-30 12:00 (Europe/Amsterdam)", "ma 2026-03-30 12:00 (Europe/Amsterdam)": a deadline in
 * the mailbox's own zone (the team's clock, named, since readers may sit elsewhere), its weekday in
 * the reader's locale. The weekday is the wall date's, formatted as a UTC date so Intl's zone data
 * cannot disagree with the business calendar's.
 */
export function formatWhen(t: Translator, instant: number, timeZone: string): string {
  const wall = wallClockAt(timeZone, instant);
  const weekday = weekdayFormat(t.locale).format(new Date(wall.dayNumber * DAY_MS));
  return t.t("notify.when", { weekday, date: wall.date, time: wall.hhmm, zone: timeZone });
}
