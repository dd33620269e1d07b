import type { Translator } from "../i18n/translator";

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, part: "weekday" | "month"): Intl.DateTimeFormat {
  const id = `${locale}|${part}`;
  let found = formatters.get(id);
  if (found === undefined) {
    // UTC: the day passed in is already a wall date on the zone that matters.
    found = new Intl.DateTimeFormat(locale, { [part]: "short", timeZone: "UTC" });
    formatters.set(id, found);
  }
  return found;
}

/**
 * en-GB's ICU writes September "Sept" while every other month has three letters; Baton's English
 * has always written "Sep", and en-US's names are otherwise the same.
 */
const monthLocale = (t: Translator) => (t.language === "en" ? "en-US" : t.locale);

/** A wall date's weekday in the translator's language: "Tue", "di". `dayNumber`: days since 1970-01-01. */
export function weekdayName(dayNumber: number, t: Translator): string {
  return formatter(t.locale, "weekday").format(dayNumber * DAY_MS);
}

/** A month (1-12) in the translator's language: "Mar", "mrt". */
export function monthName(month: number, t: Translator): string {
  return formatter(monthLocale(t), "month").format(Date.UTC(2001, month - 1, 15));
}
