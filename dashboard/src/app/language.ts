/**
 * Which language the dashboard speaks (issue 18): the member's setting (GET /me's `language`), else
 * the browser's languages, else English. The last choice is also kept in localStorage so the next
 * visit's first render is already in it (GET /me answers after sign-in) and so a switch before
 * sign-in sticks.
 */
import { chooseLanguage, isLanguage, type Language, type LanguageChoice } from "@baton/shared/i18n";

export const LANGUAGE_STORAGE_KEY = "baton.dashboard.language";

/** The language kept from the last switch or GET /me, if any (storage may be off in private windows). */
export function storedLanguage(storage: Pick<Storage, "getItem"> | undefined): Language | null {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(storage: Pick<Storage, "setItem"> | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage refused (private window, quota): the member setting still carries the choice.
  }
}

/**
 * A language and the locale Intl formats with: the browser's own tag when it names that language
 * ("nl-BE" keeps Belgian formats), else the language's default.
 */
export function choiceFor(language: Language | null, hostTags: readonly string[]): LanguageChoice {
  if (language === null) return chooseLanguage(hostTags);
  const host = hostTags.find(
    (tag) => chooseLanguage([tag]).language === language && tag.startsWith(language),
  );
  return chooseLanguage([host ?? language]);
}
