/**
 * Who reads a card, built once per Apps Script execution from its event: the zone Gmail sends and
 * the language to write in. Language: the member's own setting (GET /me's `language`, remembered in
 * user properties with the team's mailboxes), else Gmail's `commonEventObject.userLocale` ("nl-NL";
 * sent because the manifest sets useLocaleFromApp and asks for script.locale), else the older
 * top-level `userLocale` some events still carry, else English. Apps Script cannot load chunks, so
 * the translator comes from @baton/shared/i18n/gmail: the areas the cards show, bundled (every
 * catalogue would break the 200 KB bundle budget).
 */
import type { Translator } from "@baton/shared/i18n";
import { gmailTranslatorFor } from "@baton/shared/i18n/gmail";
import type { CardReader } from "../cards/contextual-card";
import { readerTimeZone } from "./form";

type Event = GoogleAppsScript.Addons.EventObject;

/** The host's locale tags for this event, most specific first (see the module comment). */
export function hostLocales(event: Event): (string | undefined)[] {
  const legacy = (event as { userLocale?: unknown }).userLocale;
  return [event.commonEventObject.userLocale, typeof legacy === "string" ? legacy : undefined];
}

/** The reader's translator: the member's setting (when known) over Gmail's locale. */
export function translatorOf(event: Event, memberLanguage: string | null = null): Translator {
  return gmailTranslatorFor([memberLanguage, ...hostLocales(event)]);
}

export function readerOf(event: Event, memberLanguage: string | null = null): CardReader {
  return { timeZone: readerTimeZone(event), tr: translatorOf(event, memberLanguage) };
}
