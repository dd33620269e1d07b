// The dashboard page: reads /config.js, loads the reader's language (its catalogues are lazy chunks),
// opens the Firebase session and renders the app in that language.
import type { Language, Translator } from "@baton/shared/i18n";
import { loadTranslator } from "@baton/shared/i18n/load";
import { render } from "preact";
import { App } from "./app/App";
import { DASHBOARD_AREAS } from "./app/i18n";
import { choiceFor, storedLanguage, storeLanguage } from "./app/language";
import { openSession } from "./auth/session";
import { readConfig } from "./config";

const root = document.getElementById("app");
const hostTags = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();

async function translatorIn(language: Language | null): Promise<Translator> {
  const translator = await loadTranslator(choiceFor(language, hostTags), DASHBOARD_AREAS);
  // Screen readers and the browser's spell-check and hyphenation follow <html lang>.
  document.documentElement.lang = translator.locale;
  document.title = translator.t("dashboard.pageTitle");
  return translator;
}

if (root !== null) {
  const session = openSession(readConfig());
  const show = (translator: Translator) => {
    render(<App session={session} translator={translator} onLanguage={switchTo} />, root);
  };
  async function switchTo(language: Language): Promise<void> {
    storeLanguage(storage, language);
    show(await translatorIn(language));
  }
  // A catalogue chunk that fails to load (a deploy replaced it) falls back to English rather than a blank page.
  void translatorIn(storedLanguage(storage))
    .catch(() => translatorIn("en"))
    .then(show);
}
