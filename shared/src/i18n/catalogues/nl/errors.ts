import type { Catalogue } from "../areas";
import type source from "../en/errors";

/** The errors area in Dutch (see ../README.md): "je" for colleagues, as in the sidebars. */
export default {
  bodyTooLarge: "De body van het verzoek is groter dan {kilobytes} KB.",
  bodyNotJson: "De body van het verzoek is geen geldige JSON.",
  bodyCharset: "De tekenset of codering van het verzoek wordt niet ondersteund; stuur JSON in UTF-8.",
  bodyUnreadable: "De body van het verzoek kon niet worden gelezen; stuur hem als JSON.",
  internal: "Er ging bij ons iets mis. Probeer het opnieuw.",
  tooLargeToStore:
    "Door deze wijziging zou het gesprek groter worden dan Baton kan opslaan, dus er is niets bewaard.",
  queryRepeated: "{name}: geef de queryparameter één keer, als platte tekst.",
  pathMalformed: "Het pad bevat een ongeldige %-escape.",
  noEndpoint: "Geen endpoint op {path}.",
  noEndpointBase: "Geen endpoint op {path}; de API staat onder {base}.",
  rateLimited:
    "Je stuurt sneller verzoeken dan Baton per lid toestaat; probeer het over {seconds, plural, one {# seconde} other {# seconden}} opnieuw.",
  clientUnreachable:
    "De server van Baton is nu niet bereikbaar. Controleer je verbinding en probeer het over een minuut opnieuw.",
  clientUnavailable: "Baton is even niet beschikbaar. Probeer het over een minuut opnieuw.",
  clientTimeout: "Baton deed te lang over het antwoord. Probeer het over een minuut opnieuw.",
  clientUnauthenticated:
    "Baton kon niet bevestigen wie je bent. Open Baton opnieuw en meld je aan of geef toegang als daarom wordt gevraagd.",
  clientNotMember: "Je bent in Baton geen lid van dit team. Vraag je Baton-beheerder om je toe te voegen.",
  clientForbidden: "Je rol staat dit niet toe. Vraag een teamleider om het te doen of om je rol te wijzigen.",
  clientNotFound:
    "Baton kent dit gesprek of deze mailbox niet. Misschien hoort het bij een mailbox die Baton niet beheert.",
  clientRateLimited: "Net te veel verzoeken. Wacht een paar seconden en probeer het opnieuw.",
  clientConflict:
    "Iemand anders wijzigde dit op hetzelfde moment. Probeer opnieuw om jouw wijziging daarbovenop toe te passen.",
  clientTooLarge: "Dit is te groot voor Baton. Maak het korter en probeer het opnieuw.",
  clientInternal:
    "Er ging iets mis in Baton. Probeer het opnieuw en meld het je beheerder als het blijft gebeuren.",
  fieldTooLong:
    "{noun, select, note {Een notitie} tag {Een tag} snooze {Het einde van een snooze} other {Een behandelaar}} mag hoogstens {max, number} tekens hebben.",
  fieldTooLongThis:
    "{noun, select, note {Een notitie} tag {Een tag} snooze {Het einde van een snooze} other {Een behandelaar}} mag hoogstens {max, number} tekens hebben; deze heeft er {length, number}.",
  tagTooLong: 'Een tag mag hoogstens {max, number} tekens hebben; "{value}" heeft er {length, number}.',
  fieldTooMany:
    "Je kunt hoogstens {max} {noun, select, note {notities} tag {tags} snooze {snooze-eindes} other {behandelaars}} tegelijk wijzigen.",
  noteEmpty: "Schrijf eerst iets in de notitie.",
  fieldEmpty:
    "{noun, select, note {Een notitie} tag {Een tag} snooze {Het einde van een snooze} other {Een behandelaar}} mag niet leeg zijn.",
  tagInvalid:
    '"{value}" kan geen tag zijn: gebruik letters en cijfers (in elke taal) en _ . : / -, zonder spaties.',
  tagInvalidThis:
    "Dit kan geen tag zijn: gebruik letters en cijfers (in elke taal) en _ . : / -, zonder spaties.",
  tagNone: "Kies een tag om toe te voegen of te verwijderen.",
  snoozeInvalid: "Kies een datum en tijd waarop de snooze eindigt.",
  assigneeInvalid: "Kies een teamgenoot uit de lijst.",
  fieldCheck:
    "Controleer {noun, select, note {de notitie} tag {de tag} snooze {het einde van de snooze} other {de behandelaar}}: {phrase}.",
} satisfies Catalogue<typeof source>;
