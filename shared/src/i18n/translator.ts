import { IntlMessageFormat } from "intl-messageformat";
import type { MessageKey, Messages } from "./catalogues/areas";
import type { LanguageChoice } from "./language";

/** What a message may be given: times and durations arrive already formatted (see catalogues/README.md). */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly language: LanguageChoice["language"];
  /** The tag Intl formats dates and numbers with ("nl-NL", "en-US"). */
  readonly locale: string;
  t(key: MessageKey, params?: MessageParams): string;
  /** For keys built at run time (an API error's key): the message if the catalogue has it, else null. */
  maybe(key: string, params?: MessageParams): string | null;
}

/**
 * Messages in one language, parsed once per key on first use (a sidebar reads a few dozen of hundreds).
 * `fallback` (the source language) answers keys the language lacks; the catalogue tests keep that from
 * happening, so a key missing from both is a bug and reads as the key itself rather than as nothing.
 * A message that cannot be formatted (a parameter missing) also reads as its key: never a crash in a
 * sidebar.
 */
export function createTranslator(
  choice: LanguageChoice,
  messages: Messages,
  fallback: Messages = {},
): Translator {
  const parsed = new Map<string, IntlMessageFormat>();

  function format(key: string, params: MessageParams | undefined): string | null {
    const pattern = messages[key] ?? fallback[key];
    if (pattern === undefined) return null;
    let message = parsed.get(key);
    if (message === undefined) {
      try {
        message = new IntlMessageFormat(pattern, choice.locale);
      } catch {
        return key;
      }
      parsed.set(key, message);
    }
    try {
      return String(message.format(params));
    } catch {
      return key;
    }
  }

  return {
    language: choice.language,
    locale: choice.locale,
    t: (key, params) => format(key, params) ?? key,
    maybe: (key, params) => format(key, params),
  };
}

/** Flattens area files into "area.key" entries (what load.ts and all.ts hand to createTranslator). */
export function flatten(areas: Readonly<Record<string, Readonly<Record<string, string>>>>): Messages {
  const flat: Record<string, string> = {};
  for (const [area, entries] of Object.entries(areas)) {
    for (const [key, pattern] of Object.entries(entries)) flat[`${area}.${key}`] = pattern;
  }
  return flat;
}
