import type { Catalogue } from "../areas";
import type source from "../en/workbench";

/** The workbench area in Dutch (see ../README.md): for colleagues, so "je". */
export default {
  pageTitle: "Baton-werkbank — Outlook en Gmail naast elkaar",
  heading: "Baton-werkbank",
  languageLabel: "Language / Taal",
  signInAs: "Aanmelden als",
  signIn: "Aanmelden",
  switchMember: "Wisselen",
  outlookClient: "Outlook-versie",
  clientShared: "Noemt de gedeelde eigenaar (Mailbox 1.13)",
  clientOlder: "Ouder: alleen de ontvangers",
  lightTheme: "Licht thema",
  darkTheme: "Donker thema",
  signInFailed:
    "Aanmelden als {email} is niet gelukt. Draait de lokale omgeving met demogegevens (npm start)?",
  noReceivedMessage: "\u201c{subject}\u201d heeft geen ontvangen bericht om te openen.",
  noSubject: "(geen onderwerp)",
  inboxLabel: "Demo-inbox",
  inboxSignedOut: "Meld je aan als demolid om de gedeelde inbox te zien.",
  status:
    "{status, select, open {open} pending {wacht} snoozed {gesnoozed} resolved {afgehandeld} other {{status}}}",
  threadUnclaimed: "{mailbox} · {status} · niet opgepakt",
  threadOwned: "{mailbox} · {status} · {owner}",
  privateMessage: "Een privébericht",
  privateMessageCaption: "{member} · geen Baton-mailbox erop",
  paneLabel: "Taakvenster van Outlook",
  paneEmpty: "Open een gesprek om het taakvenster te laden.",
  paneFrameTitle: "Baton-taakvenster voor Outlook",
  gmailLabel: "Gmail-kaart",
  gmailSidePanel: "Zijpaneel van Gmail",
  gmailSignedOut: "Meld je aan om de Gmail-kaart te zien.",
  gmailHomepage: "Startpagina in Gmail",
  gmailContextual: "Gmail-kaart bij het gesprek",
  gmailBack: "Terug",
  gmailLoading: "De kaart wordt geladen…",
  gmailEmpty: "Open een gesprek om de Gmail-kaart te tonen.",
  gmailFailed: "De Gmail-kaart kon niet draaien: {error}",
} satisfies Catalogue<typeof source>;
