/** Every sentence of the survey mail and page, in English and Dutch (the customer's language). */
export const CSAT_TEXT = {
  en: {
    subject: (s: string) => `How did we do? ${s}`,
    ask: "How satisfied are you with our answer? Choose a score from 1 (poor) to 5 (excellent):",
    thanks: (r: number) => `Thank you: you rated us ${r} out of 5.`,
    change: "Changed your mind? Choose another score in the email; the last one counts.",
    commentLabel: "Anything you would like to add? (optional)",
    send: "Send",
    commentSaved: "Thank you, we have your comment.",
    expired: "This survey has closed. Thank you for taking the time anyway.",
    forged: "This survey link is not valid. Please use the link from the email exactly as it was sent.",
    badRating: "Choose a score from 1 to 5 in the email.",
    title: "Your feedback",
  },
  nl: {
    subject: (s: string) => `Hoe hebben we het gedaan? ${s}`,
    ask: "Hoe tevreden bent u met ons antwoord? Kies een score van 1 (slecht) tot 5 (uitstekend):",
    thanks: (r: number) => `Dank u wel: u gaf ons een ${r} van 5.`,
    change: "Van gedachten veranderd? Kies een andere score in de e-mail; de laatste telt.",
    commentLabel: "Wilt u nog iets toevoegen? (optioneel)",
    send: "Versturen",
    commentSaved: "Dank u wel, we hebben uw opmerking ontvangen.",
    expired: "Deze enquête is gesloten. Toch bedankt voor de moeite.",
    forged: "Deze enquêtelink is niet geldig. Gebruik de link uit de e-mail precies zoals die is verzonden.",
    badRating: "Kies in de e-mail een score van 1 tot 5.",
    title: "Uw mening",
  },
} as const;

export type CsatLang = keyof typeof CSAT_TEXT;

export function langOf(value: unknown): CsatLang {
  return typeof value === "string" && value.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A whole small page: the answer a link gets, never JSON (the customer is in a browser). */
export function page(lang: CsatLang, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${CSAT_TEXT[lang].title}</title><style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;line-height:1.5}textarea{width:100%;min-height:6rem}</style></head><body>${body}</body></html>`;
}
