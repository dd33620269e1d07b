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
} satisfies Catalogue<typeof source>;
