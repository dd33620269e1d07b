/** Translators for card tests: English as today's cards read, Dutch as a Dutch Gmail user's. */
import { gmailTranslatorFor } from "@baton/shared/i18n/gmail";

export const EN = gmailTranslatorFor(["en"]);
export const NL = gmailTranslatorFor(["nl-NL"]);
