/**
 * The language the workbench plays its hosts in: the page's own words, the tag the Outlook stand-in
 * reports as `Office.context.displayLanguage`, and the one the Gmail stand-in sends as
 * `commonEventObject.userLocale`. Chosen by `?lang=nl` (or `?lang=nl-BE`; tests open the page this
 * way), else the browser's languages, else English; the language select changes it.
 */
import { chooseLanguage, languageOf, type Language, type Translator } from "@baton/shared/i18n";
import { loadTranslator } from "@baton/shared/i18n/load";

export interface HostLanguage {
  language: Language;
  /** What the URL says (?lang=): the tag as given, or the language. */
  tag: string;
  /** Office.context.displayLanguage: Office reports a full tag ("nl-NL"). */
  office: string;
  /** commonEventObject.userLocale. */
  gmail: string;
}

/** Each language's host tags when only the language is known; English is what the stand-ins said before. */
const DEFAULT_TAGS: Record<Language, { office: string; gmail: string }> = {
  en: { office: "en-US", gmail: "en" },
  nl: { office: "nl-NL", gmail: "nl" },
};

/** The hosts' tags for a language, or for an exact tag ("nl-BE") when one was given. */
export function hostLanguage(language: Language, exactTag?: string): HostLanguage {
  const regional = exactTag !== undefined && exactTag.includes("-") ? exactTag : undefined;
  return {
    language,
    tag: regional ?? language,
    office: regional ?? DEFAULT_TAGS[language].office,
    gmail: regional ?? DEFAULT_TAGS[language].gmail,
  };
}

export function initialHostLanguage(param: string | null, browser: readonly string[]): HostLanguage {
  const fromParam = languageOf(param);
  if (fromParam !== null) return hostLanguage(fromParam, param ?? undefined);
  const { language } = chooseLanguage(browser);
  return hostLanguage(language);
}

export function loadWorkbenchTranslator(host: HostLanguage): Promise<Translator> {
  return loadTranslator(chooseLanguage([host.tag]), ["workbench"]);
}
