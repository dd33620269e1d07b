import type { Language, Translator } from "@baton/shared/i18n";
import { speak } from "../notify/language";

/** The survey mail's and page's sentences in one language, from the catalogue's notify area. */
function csatText(t: Translator) {
  return {
    subject: (s: string) => t.t("notify.csatSubject", { subject: s }),
    ask: t.t("notify.csatAsk"),
    thanks: (r: number) => t.t("notify.csatThanks", { rating: r }),
    change: t.t("notify.csatChange"),
    commentLabel: t.t("notify.csatCommentLabel"),
    send: t.t("notify.csatSend"),
    commentSaved: t.t("notify.csatCommentSaved"),
    expired: t.t("notify.csatExpired"),
    forged: t.t("notify.csatForged"),
    badRating: t.t("notify.csatBadRating"),
    title: t.t("notify.csatTitle"),
  };
}

/**
 * Every sentence of the survey mail and page in the customer's language (the mailbox's survey
 * setting, carried in the signed link), Dutch with "u". Built once per language at load.
 */
export const CSAT_TEXT: Record<Language, ReturnType<typeof csatText>> = {
  en: csatText(speak("en")),
  nl: csatText(speak("nl")),
};

export type CsatLang = Language;

export function langOf(value: unknown): CsatLang {
  return typeof value === "string" && value.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const STYLE =
  "body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;line-height:1.5}textarea{width:100%;min-height:6rem}"; // i18n-exempt: CSS

/** A whole small page: the answer a link gets, never JSON (the customer is in a browser). */
export function page(lang: CsatLang, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(CSAT_TEXT[lang].title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}
