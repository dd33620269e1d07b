import { dialogErrorSentence, parseSignInMessage } from "./sign-in";

describe("the sign-in dialog's answer", () => {
  it("takes a custom token or the dialog's sentence from its JSON", () => {
    expect(parseSignInMessage('{"customToken":"abc"}')).toEqual({ customToken: "abc" });
    expect(parseSignInMessage('{"error":"Your account is not a member."}')).toEqual({
      error: "Your account is not a member.",
    });
  });

  it("never takes anything else for a token", () => {
    for (const message of ["abc", "", "{}", '{"customToken":""}', '{"customToken":42}', "null"])
      expect(JSON.stringify(parseSignInMessage(message))).toMatch(/^\{"error":".*does not understand/);
  });

  it("says the window was closed for 12006, and names unknown codes", () => {
    expect(dialogErrorSentence(12006)).toMatch(/closed before you finished signing in/);
    expect(dialogErrorSentence(12009)).toMatch(/blocked/);
    expect(dialogErrorSentence(12345)).toMatch(/Office error 12345/);
  });
});
