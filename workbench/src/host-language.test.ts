import { hostLanguage, initialHostLanguage } from "./host-language";

describe("the workbench's host language", () => {
  it("opens in the language the URL names, with the tags each host reports", () => {
    expect(initialHostLanguage("nl", ["en-US"])).toEqual({
      language: "nl",
      tag: "nl",
      office: "nl-NL",
      gmail: "nl",
    });
    expect(initialHostLanguage("nl-BE", [])).toEqual({
      language: "nl",
      tag: "nl-BE",
      office: "nl-BE",
      gmail: "nl-BE",
    });
  });

  it("else follows the browser, else English as the stand-ins said before", () => {
    expect(initialHostLanguage(null, ["nl-NL", "en"]).language).toBe("nl");
    expect(initialHostLanguage("xx", ["fr-FR"])).toEqual(hostLanguage("en"));
    expect(hostLanguage("en")).toEqual({ language: "en", tag: "en", office: "en-US", gmail: "en" });
  });
});
