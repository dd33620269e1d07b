import { createGoogleVerifier } from "./google";
import { AuthError } from "./identity";
import { makeTestKey, signTestToken, tamper, type TestKey } from "../../test/auth/test-keys";

const AUDIENCE = "1234-apps-script.apps.googleusercontent.com";

describe("Google identity tokens", () => {
  let key: TestKey;
  let other: TestKey;
  let verify: ReturnType<typeof createGoogleVerifier>;
  const claims = {
    iss: "https://accounts.google.com",
    aud: AUDIENCE,
    sub: "10769150350006150715113082367",
    email: "Ana@Demo.Baton.Test",
    email_verified: true,
  };

  beforeAll(async () => {
    key = await makeTestKey("g1");
    other = await makeTestKey("g2");
    verify = createGoogleVerifier({
      audiences: [AUDIENCE],
      certs: () => Promise.resolve({ [key.kid]: key.pem }),
    });
  });

  it("accepts a token signed with a published key and returns the lower-cased email", async () => {
    await expect(verify(await signTestToken(key, claims))).resolves.toEqual({
      kind: "google",
      email: "ana@demo.baton.test",
      hostedDomain: null,
    });
  });

  it("reports the Workspace domain (hd) that manages the account", async () => {
    const token = await signTestToken(key, { ...claims, hd: "Demo.Baton.Test" });
    await expect(verify(token)).resolves.toMatchObject({ hostedDomain: "demo.baton.test" });
  });

  it("accepts the issuer without scheme, as Apps Script tokens sometimes carry it", async () => {
    const token = await signTestToken(key, { ...claims, iss: "accounts.google.com" });
    await expect(verify(token)).resolves.toMatchObject({ email: "ana@demo.baton.test" });
  });

  it.each([
    ["a wrong audience", { aud: "someone-elses-client-id" }],
    ["a wrong issuer", { iss: "https://evil.example" }],
    [
      "an expired token",
      { iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 },
    ],
    ["an unverified email", { email_verified: false }],
    ["no email", { email: undefined }],
  ])("refuses %s", async (_name, override) => {
    await expect(verify(await signTestToken(key, { ...claims, ...override }))).rejects.toBeInstanceOf(
      AuthError,
    );
  });

  it("refuses a tampered signature", async () => {
    await expect(verify(tamper(await signTestToken(key, claims)))).rejects.toBeInstanceOf(AuthError);
  });

  it("refuses a token signed by a key Google did not publish (unknown kid)", async () => {
    await expect(verify(await signTestToken(other, claims))).rejects.toBeInstanceOf(AuthError);
  });

  it("refuses a token signed by another key under a published kid", async () => {
    await expect(verify(await signTestToken(other, claims, key.kid))).rejects.toBeInstanceOf(AuthError);
  });

  it("refuses every token while no audience is configured", async () => {
    const unconfigured = createGoogleVerifier({
      audiences: [],
      certs: () => Promise.resolve({ [key.kid]: key.pem }),
    });
    await expect(unconfigured(await signTestToken(key, claims))).rejects.toThrow(/not configured/);
  });
});
