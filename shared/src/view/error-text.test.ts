import { domainError } from "../errors";
import { translatorFor } from "../i18n/all";
import { errorText, readError } from "./error-sentence";

const en = translatorFor(["en"]);
const nl = translatorFor(["nl"]);

describe("errorText", () => {
  it("says the API's key and params in the reader's language", () => {
    const refused = domainError("rate_limited", "errors.rateLimited", { seconds: 2 });
    // rate_limited has the client's own sentence; a keyed code without one reads the key.
    const noEndpoint = domainError("invalid_request", "errors.noEndpoint", { path: "/v1/x" });
    expect(errorText(noEndpoint, en)).toBe("No endpoint at /v1/x.");
    expect(errorText(noEndpoint, nl)).toBe("Geen endpoint op /v1/x.");
    expect(errorText(refused, nl)).toBe(
      "Net te veel verzoeken. Wacht een paar seconden en probeer het opnieuw.",
    );
  });

  it("says the client's own sentences in both languages", () => {
    expect(errorText({ code: "network" }, en)).toBe(
      "Baton's server cannot be reached right now. Check your connection and retry in a minute.",
    );
    expect(errorText({ code: "network" }, nl)).toBe(
      "De server van Baton is nu niet bereikbaar. Controleer je verbinding en probeer het over een minuut opnieuw.",
    );
    expect(errorText(null, nl)).toBe(
      "Er ging iets mis in Baton. Probeer het opnieuw en meld het je beheerder als het blijft gebeuren.",
    );
  });

  it("words a refused field in the reader's language, numbers grouped as the locale writes them", () => {
    const failure = {
      code: "invalid_request",
      message: "body: must have at most 10000 characters.",
      details: { path: "body" },
    };
    const input = { body: "x".repeat(10250) };
    expect(errorText(failure, en, { input })).toBe(
      "A note can be at most 10,000 characters; this one has 10,250.",
    );
    expect(errorText(failure, nl, { input })).toBe(
      "Een notitie mag hoogstens 10.000 tekens hebben; deze heeft er 10.250.",
    );
    const tag = { code: "invalid_request", message: "add[0]: expected a tag", details: { path: "add[0]" } };
    expect(errorText(tag, nl, { input: { add: ["a b"] } })).toBe(
      '"a b" kan geen tag zijn: gebruik letters en cijfers (in elke taal) en _ . : / -, zonder spaties.',
    );
  });

  it("falls back to the API's English message for a key this client does not know, and to English without a translator", () => {
    const newer = {
      code: "invalid_transition",
      message: "Something new happened",
      key: "errors.fromTheFuture",
    };
    expect(errorText(newer, nl)).toBe("Something new happened.");
    const keyed = domainError("invalid_request", "errors.noEndpoint", { path: "/v1/x" });
    expect(readError(keyed).sentence).toBe("No endpoint at /v1/x.");
  });
});
