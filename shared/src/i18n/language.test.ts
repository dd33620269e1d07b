import { chooseLanguage, languageOf } from "./language";

describe("languageOf", () => {
  it("reads the primary subtag of the tags hosts send", () => {
    expect(languageOf("nl-NL")).toBe("nl");
    expect(languageOf("nl_BE")).toBe("nl");
    expect(languageOf("EN-us")).toBe("en");
    expect(languageOf("en")).toBe("en");
  });

  it("refuses what Baton has no catalogue for, and what is not a tag", () => {
    expect(languageOf("fr-FR")).toBeNull();
    expect(languageOf("")).toBeNull();
    expect(languageOf(null)).toBeNull();
    expect(languageOf("nl".padEnd(100, "x"))).toBeNull();
  });
});

describe("chooseLanguage", () => {
  it("takes the member's setting over the host's language", () => {
    expect(chooseLanguage(["nl", "en-US"])).toEqual({ language: "nl", locale: "nl-NL" });
  });

  it("keeps the host's exact locale for formatting when it names the chosen language", () => {
    expect(chooseLanguage([null, "en-US"])).toEqual({ language: "en", locale: "en-US" });
    expect(chooseLanguage([undefined, "nl-BE"])).toEqual({ language: "nl", locale: "nl-BE" });
  });

  it("falls through unknown and malformed preferences to English", () => {
    expect(chooseLanguage(["fr-FR", "de", "!!"])).toEqual({ language: "en", locale: "en-GB" });
    expect(chooseLanguage([])).toEqual({ language: "en", locale: "en-GB" });
  });

  it("skips a tag Intl would throw on rather than passing it to every formatter", () => {
    expect(chooseLanguage(["nl-!!"]).locale).toBe("nl-NL");
  });
});
