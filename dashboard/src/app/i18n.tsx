/**
 * The dashboard's words (issue 18): one translator for the whole page, handed down through a preact
 * context so no component imports a catalogue (the catalogues are lazy chunks; see ./language.ts).
 * Every screen, the shell's `dashboard` area and the administration's `admin` area alike, reads it with
 * useT() for the words (`const t = useT(); t("dashboard.signOut")`), useTranslator() for the locale
 * and for helpers that take a Translator.
 */
import type { Area, Translator } from "@baton/shared/i18n";
import { createContext, type ComponentChildren } from "preact";
import { useContext } from "preact/hooks";

/** The areas the dashboard loads before its first render: its own, the administration's and the API's errors. */
export const DASHBOARD_AREAS: readonly Area[] = ["dashboard", "admin", "errors", "view"];

const TranslatorContext = createContext<Translator | null>(null);

export function TranslatorProvider({
  translator,
  children,
}: {
  translator: Translator;
  children: ComponentChildren;
}) {
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

/**
 * The page's translator. Outside a provider it throws rather than showing keys: main.tsx provides one
 * before the first render, and tests wrap with test-support/i18n.tsx.
 */
export function useTranslator(): Translator {
  const translator = useContext(TranslatorContext);
  if (translator === null) throw new Error("useTranslator() needs a <TranslatorProvider> above it");
  return translator;
}

/** The page's `t` as a plain function (destructuring the translator's method trips unbound-method). */
export function useT(): Translator["t"] {
  return tOf(useTranslator());
}

export function tOf(translator: Translator): Translator["t"] {
  return (key, params) => translator.t(key, params);
}
