/**
 * Catalogues fetched on demand, per language and area, for the browser clients: each file below becomes
 * its own chunk, so the Outlook pane carries none of its words in its first bundle and a Dutch reader
 * never downloads the English ones (apart from the source a missing key would fall back to, which
 * the catalogue tests keep unused). Apps Script cannot load chunks; the Gmail add-on and the backend
 * import ./all.ts instead.
 */
import type { Area, Messages } from "./catalogues/areas";
import { SOURCE_LANGUAGE, type Language, type LanguageChoice } from "./language";
import { createTranslator, flatten, type Translator } from "./translator";

type AreaFile = Promise<{ default: Readonly<Record<string, string>> }>;

const FILES: Record<Language, Record<Area, () => AreaFile>> = {
  en: {
    view: () => import("./catalogues/en/view"),
    pane: () => import("./catalogues/en/pane"),
    gmail: () => import("./catalogues/en/gmail"),
    dashboard: () => import("./catalogues/en/dashboard"),
    admin: () => import("./catalogues/en/admin"),
    errors: () => import("./catalogues/en/errors"),
    notify: () => import("./catalogues/en/notify"),
    workbench: () => import("./catalogues/en/workbench"),
    store: () => import("./catalogues/en/store"),
  },
  nl: {
    view: () => import("./catalogues/nl/view"),
    pane: () => import("./catalogues/nl/pane"),
    gmail: () => import("./catalogues/nl/gmail"),
    dashboard: () => import("./catalogues/nl/dashboard"),
    admin: () => import("./catalogues/nl/admin"),
    errors: () => import("./catalogues/nl/errors"),
    notify: () => import("./catalogues/nl/notify"),
    workbench: () => import("./catalogues/nl/workbench"),
    store: () => import("./catalogues/nl/store"),
  },
};

export async function loadMessages(language: Language, areas: readonly Area[]): Promise<Messages> {
  const files = await Promise.all(
    areas.map(async (area) => [area, (await FILES[language][area]()).default] as const),
  );
  return flatten(Object.fromEntries(files));
}

/**
 * A translator for the chosen language with the areas a client shows. For a language other than the
 * source, only that language is fetched: the tests guarantee it has every key.
 */
export async function loadTranslator(choice: LanguageChoice, areas: readonly Area[]): Promise<Translator> {
  const messages = await loadMessages(choice.language, areas);
  return createTranslator(choice, messages);
}

export { SOURCE_LANGUAGE };
