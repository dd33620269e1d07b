import { claimErrorField, CODE_SHAPE_SENTENCE, readClaimForm, setupStateSentence } from "./first-run-form";

describe("readClaimForm", () => {
  it("accepts the code as printed, in any case and spacing, and trims the name", () => {
    const result = readClaimForm(" 7kq2m 4pxhr-abcde-fgh00 ", "  Acme Support ");
    expect(result).toEqual({
      ok: true,
      request: { code: "7kq2m 4pxhr-abcde-fgh00", orgName: "Acme Support" },
    });
  });

  it("says what is missing beside each field, with the API's sentences", () => {
    expect(readClaimForm("", " ")).toEqual({
      ok: false,
      errors: { code: "type the setup code the deploy printed", orgName: "give your organisation a name" },
    });
  });

  it("refuses a code of the wrong shape before it costs an attempt", () => {
    expect(readClaimForm("7KQ2M-4PXHR", "Acme")).toEqual({
      ok: false,
      errors: { code: CODE_SHAPE_SENTENCE },
    });
    expect(readClaimForm("7KQ2M-4PXHR-ABCDE-FGH0U", "Acme").ok).toBe(false);
  });

  it("refuses a name over the limit", () => {
    const result = readClaimForm("7KQ2M-4PXHR-ABCDE-FGH00", "x".repeat(101));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.orgName).toMatch(/at most 100/);
  });
});

describe("claimErrorField", () => {
  it("puts a wrong code and the lockout at the code, a named field at that field, the rest above", () => {
    expect(claimErrorField({ code: "forbidden", field: null, details: { attemptsLeft: 3 } })).toBe("code");
    expect(claimErrorField({ code: "rate_limited", field: null, details: {} })).toBe("code");
    expect(claimErrorField({ code: "invalid_request", field: "orgName", details: {} })).toBe("orgName");
    expect(claimErrorField({ code: "forbidden", field: null, details: {} })).toBeNull();
  });
});

describe("setupStateSentence", () => {
  it("names the address for a claimed deployment and the deploy for an unconfigured one", () => {
    expect(setupStateSentence("claimed", "bo@acme.test")).toBe(
      "This deployment is set up; ask your Baton admin to add you (you signed in as bo@acme.test).",
    );
    expect(setupStateSentence("not_configured", "bo@acme.test")).toMatch(/npm run deploy/);
  });
});
