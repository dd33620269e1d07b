import { bearerToken, tokenKind, verifyToken, type Verifiers } from "./authenticate";
import { AuthError, type TokenKind } from "./identity";
import { makeTestKey, signTestToken } from "../../test/auth/test-keys";

async function tokenFrom(iss: string): Promise<string> {
  return signTestToken(await makeTestKey("k"), { iss, aud: "x", email: "a@b.test" });
}

describe("bearerToken", () => {
  it("reads the token of a Bearer header in any case", () => {
    expect(bearerToken("bearer abc.def.ghi")).toBe("abc.def.ghi");
    expect(bearerToken(["Bearer t1", "Bearer t2"])).toBe("t1");
  });

  it.each([undefined, "", "Basic dXNlcjpwYXNz", "Bearer", "Bearer a b"])("refuses %p", (header) => {
    expect(() => bearerToken(header)).toThrow(AuthError);
  });
});

describe("tokenKind", () => {
  it.each<[string, TokenKind]>([
    ["https://accounts.google.com", "google"],
    ["accounts.google.com", "google"],
    ["https://login.microsoftonline.com/tid/v2.0", "microsoft"],
    ["https://sts.windows.net/tid/", "microsoft"],
    ["https://securetoken.google.com/demo-baton", "firebase"],
  ])("routes iss %s to %s", async (iss, kind) => {
    expect(tokenKind(await tokenFrom(iss))).toBe(kind);
  });

  it("refuses other issuers and non-JWTs", async () => {
    expect(() => tokenKind("not-a-jwt")).toThrow(AuthError);
    expect(tokenKind.bind(null, await tokenFrom("https://evil.example"))).toThrow(AuthError);
  });
});

describe("verifyToken", () => {
  it("hands the token to the verifier its issuer names", async () => {
    const seen: TokenKind[] = [];
    const fake = (kind: TokenKind) => (t: string) => {
      seen.push(kind);
      return Promise.resolve({ kind: "firebase" as const, email: t.length > 0 ? "x@y.test" : "" });
    };
    const verifiers: Verifiers = {
      firebase: fake("firebase"),
      google: fake("google"),
      microsoft: fake("microsoft"),
    };
    await verifyToken(await tokenFrom("https://login.microsoftonline.com/t/v2.0"), verifiers);
    expect(seen).toEqual(["microsoft"]);
  });
});
