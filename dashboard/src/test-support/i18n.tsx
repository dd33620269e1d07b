/**
 * Tests render components inside a translator with every catalogue bundled (the page loads them as
 * lazy chunks instead): `render(inLanguage("nl", <MetricCards ... />))`.
 */
import { translatorFor } from "@baton/shared/i18n/all";
import type { ComponentChildren, VNode } from "preact";
import { TranslatorProvider } from "../app/i18n";

/** "en" or "nl", or a locale tag ("nl-BE", "en-US") to shape Intl's dates and numbers too. */
export function inLanguage(tag: string, children: ComponentChildren): VNode {
  return <TranslatorProvider translator={translatorFor([tag])}>{children}</TranslatorProvider>;
}

/** The dashboard as it reads today, in English (the existing tests assert its English words). */
export function inEnglish(children: ComponentChildren): VNode {
  return inLanguage("en", children);
}
