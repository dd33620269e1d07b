import { allMessages } from "./all";
import { GMAIL_AREAS, gmailTranslatorFor } from "./gmail";
import { LANGUAGES } from "./language";

describe("the Gmail add-on's catalogues", () => {
  it.each(LANGUAGES)("say in %s exactly what every catalogue says for the Gmail areas", (language) => {
    const tr = gmailTranslatorFor([language]);
    const all = allMessages(language);
    const keys = Object.keys(all).filter((key) => GMAIL_AREAS.some((area) => key.startsWith(`${area}.`)));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(tr.maybe(key)).not.toBeNull();
    expect(tr.maybe("dashboard.anything")).toBeNull();
  });

  it("follows the host's locale tag", () => {
    expect(gmailTranslatorFor([null, "nl-BE"]).locale).toBe("nl-BE");
    expect(gmailTranslatorFor(["fr-FR"]).language).toBe("en");
  });
});
