import { choiceFor, LANGUAGE_STORAGE_KEY, storedLanguage } from "./language";

describe("the dashboard's language", () => {
  it("follows the member's setting, else the browser's languages, else English", () => {
    expect(choiceFor("nl", ["en-US"])).toEqual({ language: "nl", locale: "nl-NL" });
    expect(choiceFor("nl", ["en-US", "nl-BE"])).toEqual({ language: "nl", locale: "nl-BE" });
    expect(choiceFor(null, ["fr-FR", "nl-BE"])).toEqual({ language: "nl", locale: "nl-BE" });
    expect(choiceFor(null, ["fr-FR"])).toEqual({ language: "en", locale: "en-GB" });
    expect(choiceFor("en", ["nl-NL", "en-US"])).toEqual({ language: "en", locale: "en-US" });
  });

  it("reads only a language Baton speaks from storage, and survives storage that throws", () => {
    expect(storedLanguage({ getItem: (k) => (k === LANGUAGE_STORAGE_KEY ? "nl" : null) })).toBe("nl");
    expect(storedLanguage({ getItem: () => "xx" })).toBeNull();
    expect(
      storedLanguage({
        getItem: () => {
          throw new Error("SecurityError");
        },
      }),
    ).toBeNull();
    expect(storedLanguage(undefined)).toBeNull();
  });
});
