import { errorSentence } from "./error-sentence";

describe("errorSentence", () => {
  it("says what to do for the failures a reader can act on, whatever the API's wording", () => {
    expect(errorSentence({ code: "forbidden", message: "agent cannot reassign" })).toBe(
      "Your role does not allow this. Ask a team lead to do it or to change your role.",
    );
    expect(errorSentence({ code: "network", message: "Failed to fetch" })).toBe(
      errorSentence({ code: "unreachable" }),
    );
  });

  it("shows the API's own sentence otherwise, as a sentence", () => {
    expect(errorSentence({ code: "invalid_request", message: "tags: too many tags" })).toBe(
      "tags: too many tags.",
    );
    expect(errorSentence({ code: "invalid_transition", message: "Already resolved." })).toBe(
      "Already resolved.",
    );
  });

  it("never shows an empty sentence", () => {
    expect(errorSentence(null)).toMatch(/^Something went wrong in Baton\./);
    expect(errorSentence({ code: "whatever", message: " " })).toMatch(/^Something went wrong in Baton\./);
  });
});
