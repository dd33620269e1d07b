import { domainError, errorBody } from "@baton/shared";
import { acceptedLanguages, errorInLanguage } from "./error-language";

const lost = {
  status: 409,
  body: errorBody(domainError("already_claimed", "errors.alreadyClaimed", { owner: "ana@x.test" })),
};

describe("errors in the request's Accept-Language", () => {
  it("reads Accept-Language by preference, dropping q=0 and *", () => {
    expect(acceptedLanguages("en;q=0.5, nl-BE, *;q=0.1, fr;q=0")).toEqual(["nl-BE", "en"]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it("says a keyed error's message in Dutch when the request prefers it, keeping the key and params", () => {
    expect(errorInLanguage(lost, "nl-NL,nl;q=0.9,en;q=0.8").body).toEqual({
      error: {
        code: "already_claimed",
        message: "ana@x.test heeft dit gesprek al opgepakt.",
        key: "errors.alreadyClaimed",
        params: { owner: "ana@x.test" },
      },
    });
  });

  it("leaves English, unknown languages, a missing header and unkeyed errors alone", () => {
    expect(errorInLanguage(lost, "en-US")).toBe(lost);
    expect(errorInLanguage(lost, "fr-FR")).toBe(lost);
    expect(errorInLanguage(lost, undefined)).toBe(lost);
    const unkeyed = { status: 405, body: { error: { code: "x", message: "y" } } };
    expect(errorInLanguage(unkeyed, "nl")).toBe(unkeyed);
  });
});
