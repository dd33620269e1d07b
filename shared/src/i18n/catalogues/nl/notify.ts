import type { Catalogue } from "../areas";
import type source from "../en/notify";

/** The notify area in Dutch (see ../README.md): "je" for colleagues, "u" for customers (the survey). */
export default {
  when: "{weekday} {date} {time} ({zone})",
  subjectPrefix: "[Baton] {title}",
  noSubject: "(geen onderwerp)",
  nobody: "niemand",

  clockFirstResponse: "Eerste reactie",
  clockNextResponse: "Volgende reactie",
  clockResolution: "Oplossing",
  slaWarned: '{clock}: SLA verloopt binnenkort ({due}): "{subject}"',
  slaBreached: '{clock}: SLA overschreden om {due}: "{subject}"',
  slaEscalated: '{clock}: SLA nog steeds overschreden (sinds {due}), geëscaleerd: "{subject}"',
  slaOwner: "Opgepakt door: {owner}",
  slaNotified: "Gemeld aan: {people}",
  slaConversation: "Gesprek: {key} (inbox {mailbox})",

  mentionSubject: "{author} noemde je: {subject}",
  mentionText: '{author} noemde je in een notitie bij "{subject}".',
  mentionHtml: "{author} noemde je in een notitie bij ‘{subject}’.",
  mentionOpen: "Open het gesprek: {link}",
  mentionOpenLink: "Open het gesprek",
  mentionChannel: '{author} noemde {members} bij "{subject}"',
  mentionChannelOpen: "open het gesprek",

  followUpNoReply: 'Opvolging nodig: geen reactie vóór {when}, zoals je had gevraagd: "{subject}"',
  followUpSnoozeEnded: 'Uitstel voorbij ({when}): "{subject}" staat weer in de wachtrij',
  followUpOpenAgain:
    "Het gesprek staat weer open en is in de wachtrij en beide zijbalken gemarkeerd als opvolging nodig.",

  rebalanceSubject: "Gesprekken van {member} aan jou doorgegeven",
  rebalanceAway:
    "{member} is afwezig, dus Baton heeft {count, plural, one {# open gesprek} other {# open gesprekken}} aan jou doorgegeven:",
  rebalanceRemoved:
    "{member} is uit het team gehaald, dus Baton heeft {count, plural, one {# open gesprek} other {# open gesprekken}} aan jou doorgegeven:",
  rebalanceMore: "en nog {count}",

  csatSubject: "Hoe hebben we het gedaan? {subject}",
  csatAsk: "Hoe tevreden bent u met ons antwoord? Kies een score van 1 (slecht) tot 5 (uitstekend):",
  csatThanks: "Dank u wel: u gaf ons een {rating} van 5.",
  csatChange: "Van gedachten veranderd? Kies een andere score in de e-mail; de laatste telt.",
  csatCommentLabel: "Wilt u nog iets toevoegen? (optioneel)",
  csatSend: "Versturen",
  csatCommentSaved: "Dank u wel, we hebben uw opmerking ontvangen.",
  csatExpired: "Deze enquête is gesloten. Toch bedankt voor de moeite.",
  csatForged:
    "Deze enquêtelink is niet geldig. Gebruik de link uit de e-mail precies zoals die is verzonden.",
  csatBadRating: "Kies in de e-mail een score van 1 tot 5.",
  csatTitle: "Uw mening",
} satisfies Catalogue<typeof source>;
