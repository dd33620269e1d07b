/**
 * The translator every view function speaks when its caller passes none: English, from the view
 * catalogue only (not ../i18n/all.ts, ~4 KB rather than every area), created on first use so a client
 * that always passes its own (the Outlook pane) never parses these messages. One helper, so every
 * default is the same.
 */
import view from "../i18n/catalogues/en/view";
import { createTranslator, flatten, type Translator } from "../i18n/translator";

let english: Translator | null = null;

export function englishTranslator(): Translator {
  english ??= createTranslator({ language: "en", locale: "en-GB" }, flatten({ view }));
  return english;
}
