/**
 * Which language a reader gets. A language is one catalogue directory (catalogues/<language>/); adding
 * one means adding its directory and its line here. Everything else (the host's exact locale tag,
 * "en-US" or "nl-BE") only shapes how Intl writes dates and numbers, never which catalogue is read.
 */
export const LANGUAGES = ["en", "nl"] as const;

export type Language = (typeof LANGUAGES)[number];

/** The catalogue every other one is checked against, and the one read when nothing else matches. */
export const SOURCE_LANGUAGE: Language = "en";

/** What each language is called in itself: the member's language picker lists these. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", nl: "Nederlands" };

/** Locale tags longer than this are not tags (BCP 47's practical maximum is far below). */
const MAX_TAG_LENGTH = 35;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** "nl-BE" -> "nl", "EN_us" -> "en", "fr" -> null: the catalogue a locale tag asks for, if Baton has it. */
export function languageOf(tag: string | null | undefined): Language | null {
  if (typeof tag !== "string" || tag.length === 0 || tag.length > MAX_TAG_LENGTH) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return isLanguage(primary) ? primary : null;
}

export interface LanguageChoice {
  language: Language;
  /** The tag Intl formats with: the host's own when it names this language, else the language's default. */
  locale: string;
}

/** A language's default formatting locale when the host gave none of its own ("en" reads 24-hour, as before). */
const DEFAULT_LOCALE: Record<Language, string> = { en: "en-GB", nl: "nl-NL" };

/** A tag Intl accepts as it is, or null ("xx-!!" would make every formatter throw). */
function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, "-"))[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The reader's language, from the most to the least specific preference: the member's own setting,
 * then the host's (Office displayLanguage, Gmail userLocale, the browser's languages), then English.
 * Unknown, empty or malformed entries are skipped, so a hostile or odd tag can only fall through.
 */
export function chooseLanguage(preferences: readonly (string | null | undefined)[]): LanguageChoice {
  for (const preference of preferences) {
    const language = languageOf(preference);
    if (language === null) continue;
    const tag = canonicalTag(preference as string);
    const exact = tag !== null && tag.includes("-") ? tag : null;
    return { language, locale: exact ?? DEFAULT_LOCALE[language] };
  }
  return { language: SOURCE_LANGUAGE, locale: DEFAULT_LOCALE[SOURCE_LANGUAGE] };
}
