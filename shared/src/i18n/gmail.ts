/**
 * The catalogues the Gmail add-on shows, bundled: its own cards (gmail), the shared view's sentences
 * (view) and the API's errors (errors). Apps Script cannot load chunks, and every catalogue (./all.ts)
 * would take the add-on past its 200 KB bundle budget, so this file imports only these areas and the
 * bundler leaves the rest (dashboard, store, notify...) out.
 */
import type { Area, Messages } from "./catalogues/areas";
import enErrors from "./catalogues/en/errors";
import enGmail from "./catalogues/en/gmail";
import enView from "./catalogues/en/view";
import nlErrors from "./catalogues/nl/errors";
import nlGmail from "./catalogues/nl/gmail";
import nlView from "./catalogues/nl/view";
import { chooseLanguage, type Language } from "./language";
import { createTranslator, flatten, type Translator } from "./translator";

/** The areas a Gmail card can say something from. */
export const GMAIL_AREAS = ["gmail", "view", "errors"] as const satisfies readonly Area[];

const GMAIL_CATALOGUES: Record<
  Language,
  Record<(typeof GMAIL_AREAS)[number], Readonly<Record<string, string>>>
> = {
  en: { gmail: enGmail, view: enView, errors: enErrors },
  nl: { gmail: nlGmail, view: nlView, errors: nlErrors },
};

const flat = new Map<Language, Messages>();

/** A translator with the Gmail add-on's areas, for the first of `preferences` Baton speaks. */
export function gmailTranslatorFor(preferences: readonly (string | null | undefined)[]): Translator {
  const choice = chooseLanguage(preferences);
  let messages = flat.get(choice.language);
  if (messages === undefined) {
    messages = flatten(GMAIL_CATALOGUES[choice.language]);
    flat.set(choice.language, messages);
  }
  return createTranslator(choice, messages);
}
