import type { TemplateLanguage } from "./variables";

/**
 * A due instant as a customer reads it, in their language and zone: "Tuesday 24 November at 09:00"
 * / "dinsdag 24 november om 09:00". The year is added only when it differs from `now`'s (a reply in
 * late December promising early January). Written from Intl's parts rather than its whole string,
 * so the shape stays the same across ICU versions (which move commas and "at" in and out).
 */
export function formatDuePhrase(
  instant: number,
  zone: string,
  language: TemplateLanguage,
  now: number,
): string {
  const parts = partsOf(instant, zone, language);
  const sameYear = partsOf(now, zone, language).year === parts.year;
  const date = `${parts.weekday} ${parts.day} ${parts.month}${sameYear ? "" : ` ${parts.year}`}`;
  const at = language === "nl" ? "om" : "at";
  return `${capitalise(date, language)} ${at} ${parts.hour}:${parts.minute}`;
}

interface Parts {
  weekday: string;
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string, language: TemplateLanguage): Intl.DateTimeFormat {
  const id = `${language}|${zone}`;
  let format = FORMATS.get(id);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language === "nl" ? "nl-NL" : "en-GB", {
      timeZone: zone,
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    FORMATS.set(id, format);
  }
  return format;
}

function partsOf(instant: number, zone: string, language: TemplateLanguage): Parts {
  const out: Parts = { weekday: "", day: "", month: "", year: "", hour: "", minute: "" };
  for (const part of formatFor(zone, language).formatToParts(instant)) {
    if (part.type in out) out[part.type as keyof Parts] = part.value;
  }
  return out;
}

// English names days and months with a capital; Dutch does not ("dinsdag 24 november").
function capitalise(text: string, language: TemplateLanguage): string {
  return language === "en" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Whether the runtime knows `zone` as an IANA time zone. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
