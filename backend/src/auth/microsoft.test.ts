import { createLocalJWKSet } from "jose";
import { AuthError } from "./identity";
import { createMicrosoftVerifier } from "./microsoft";
import { makeTestKey, signTestToken, tamper, type TestKey } from "./test-keys";

const AUDIENCE = "api://localhost:3000/6f3c9a52-0000-4000-8000-000000000001";
const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const OTHER_TENANT = "00000000-1111-2222-3333-444444444444";

describe("Microsoft identity tokens", () => {
  let key: TestKey;
  let other: TestKey;
  let verify: ReturnType<typeof createMicrosoftVerifier>;
  const claims = {
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    aud: AUDIENCE,
    tid: TENANT,
    sub: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
    preferred_username: "Ben@Demo.Baton.Test",
  };

  beforeAll(async () => {
    key = await makeTestKey("m1");
    other = await makeTestKey("m2");
    verify = createMicrosoftVerifier({
      audiences: [AUDIENCE],
      tenants: [TENANT],
      keys: createLocalJWKSet({ keys: [key.jwk] }),
    });
  });

  it("accepts a token of an allowed tenant and returns the lower-cased address", async () => {
    await expect(verify(await signTestToken(key, claims))).resolves.toEqual({
      kind: "microsoft",
      email: "ben@demo.baton.test",
    });
  });

  it("prefers the email claim over preferred_username", async () => {
    const token = await signTestToken(key, { ...claims, email: "ben.b@demo.baton.test" });
    await expect(verify(token)).resolves.toMatchObject({ email: "ben.b@demo.baton.test" });
  });

  it.each([
    ["a wrong audience", { aud: "api://someone-else" }],
    ["a wrong issuer", { iss: "https://sts.windows.net/" + TENANT + "/" }],
    [
      "an issuer of another tenant than tid",
      { iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` },
    ],
    [
      "an unknown tenant",
      { tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` },
    ],
    [
      "an expired token",
      { iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 },
    ],
    ["no address", { preferred_username: undefined }],
  ])("refuses %s", async (_name, override) => {
    await expect(verify(await signTestToken(key, { ...claims, ...override }))).rejects.toBeInstanceOf(
      AuthError,
    );
  });

  it("refuses a tampered signature", async () => {
    await expect(verify(tamper(await signTestToken(key, claims)))).rejects.toBeInstanceOf(AuthError);
  });

  it("refuses a token signed under an unknown kid", async () => {
    await expect(verify(await signTestToken(other, claims))).rejects.toBeInstanceOf(AuthError);
  });

  it("accepts any tenant when configured with *", async () => {
    const anyTenant = createMicrosoftVerifier({
      audiences: [AUDIENCE],
      tenants: ["*"],
      keys: createLocalJWKSet({ keys: [key.jwk] }),
    });
    const token = await signTestToken(key, {
      ...claims,
      tid: OTHER_TENANT,
      iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
    });
    await expect(anyTenant(token)).resolves.toMatchObject({ email: "ben@demo.baton.test" });
  });
});
