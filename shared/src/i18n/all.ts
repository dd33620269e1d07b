/**
 * Every catalogue, bundled: for the places that cannot fetch a chunk (Apps Script, the backend, tests).
 * Browser clients use ./load.ts so their first bundle carries no messages.
 */
import type { Area, Messages } from "./catalogues/areas";
import enAdmin from "./catalogues/en/admin";
import enDashboard from "./catalogues/en/dashboard";
import enErrors from "./catalogues/en/errors";
import enGmail from "./catalogues/en/gmail";
import enNotify from "./catalogues/en/notify";
import enPane from "./catalogues/en/pane";
import enStore from "./catalogues/en/store";
import enView from "./catalogues/en/view";
import enWorkbench from "./catalogues/en/workbench";
import nlAdmin from "./catalogues/nl/admin";
import nlDashboard from "./catalogues/nl/dashboard";
import nlErrors from "./catalogues/nl/errors";
import nlGmail from "./catalogues/nl/gmail";
import nlNotify from "./catalogues/nl/notify";
import nlPane from "./catalogues/nl/pane";
import nlStore from "./catalogues/nl/store";
import nlView from "./catalogues/nl/view";
import nlWorkbench from "./catalogues/nl/workbench";
import { chooseLanguage, type Language } from "./language";
import { createTranslator, flatten, type Translator } from "./translator";

export const CATALOGUES: Record<Language, Record<Area, Readonly<Record<string, string>>>> = {
  en: {
    view: enView,
    pane: enPane,
    gmail: enGmail,
    dashboard: enDashboard,
    admin: enAdmin,
    errors: enErrors,
    notify: enNotify,
    workbench: enWorkbench,
    store: enStore,
  },
  nl: {
    view: nlView,
    pane: nlPane,
    gmail: nlGmail,
    dashboard: nlDashboard,
    admin: nlAdmin,
    errors: nlErrors,
    notify: nlNotify,
    workbench: nlWorkbench,
    store: nlStore,
  },
};

const flat = new Map<Language, Messages>();

export function allMessages(language: Language): Messages {
  let messages = flat.get(language);
  if (messages === undefined) {
    messages = flatten(CATALOGUES[language]);
    flat.set(language, messages);
  }
  return messages;
}

/** A translator with every area, for the first of `preferences` Baton speaks (see chooseLanguage). */
export function translatorFor(preferences: readonly (string | null | undefined)[]): Translator {
  const choice = chooseLanguage(preferences);
  return createTranslator(choice, allMessages(choice.language));
}
