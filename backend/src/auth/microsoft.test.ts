import { createLocalJWKSet } from "jose";
import { AuthError } from "./identity";
import { createMicrosoftVerifier } from "./microsoft";
import { makeTestKey, signTestToken, tamper, type TestKey } from "../../test/auth/test-keys";

const AUDIENCE = "api://localhost:3000/6f3c9a52-0000-4000-8000-000000000001";
const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const OTHER_TENANT = "00000000-1111-2222-3333-444444444444";
const OBJECT_ID = "5a1d3c2e-9b8f-4e7a-a6c5-0d4e3f2a1b09";

describe("Microsoft identity tokens", () => {
  let key: TestKey;
  let other: TestKey;
  let verify: ReturnType<typeof createMicrosoftVerifier>;
  const claims = {
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    aud: AUDIENCE,
    tid: TENANT,
    oid: OBJECT_ID,
    sub: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
    preferred_username: "Ben@Demo.Baton.Test",
  };

  beforeAll(async () => {
    key = await makeTestKey("m1");
    other = await makeTestKey("m2");
    verify = createMicrosoftVerifier({ audiences: [AUDIENCE], keys: createLocalJWKSet({ keys: [key.jwk] }) });
  });

  it("returns the tenant and object id Entra guarantees, and the UPN only as a claimed address", async () => {
    await expect(verify(await signTestToken(key, claims))).resolves.toEqual({
      kind: "microsoft",
      tenant: TENANT,
      objectId: OBJECT_ID,
      claimedEmail: "ben@demo.baton.test",
    });
  });

  it("prefers the UPN over the optional (and possibly unverified) email claim", async () => {
    const token = await signTestToken(key, { ...claims, email: "someone.else@demo.baton.test" });
    await expect(verify(token)).resolves.toMatchObject({ claimedEmail: "ben@demo.baton.test" });
  });

  it("verifies v1.0 tokens of the same tenant (sts.windows.net issuer, upn claim)", async () => {
    const { preferred_username: _upn, ...v2 } = claims;
    const token = await signTestToken(key, {
      ...v2,
      iss: `https://sts.windows.net/${TENANT}/`,
      upn: "ben@demo.baton.test",
    });
    await expect(verify(token)).resolves.toMatchObject({
      tenant: TENANT,
      claimedEmail: "ben@demo.baton.test",
    });
  });

  it("keeps the identity when the token has no address at all", async () => {
    const token = await signTestToken(key, { ...claims, preferred_username: undefined });
    await expect(verify(token)).resolves.toMatchObject({ objectId: OBJECT_ID, claimedEmail: null });
  });

  it.each([
    ["a wrong audience", { aud: "api://someone-else" }],
    ["a v1 issuer of another tenant", { iss: `https://sts.windows.net/${OTHER_TENANT}/` }],
    [
      "a v2 issuer of another tenant than tid",
      { iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` },
    ],
    [
      "a tenant id that is not a GUID",
      { tid: "common", iss: "https://login.microsoftonline.com/common/v2.0" },
    ],
    ["no object id", { oid: undefined }],
    [
      "an expired token",
      { iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 },
    ],
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

  it("refuses every token when no audience is configured", async () => {
    const off = createMicrosoftVerifier({ audiences: [], keys: createLocalJWKSet({ keys: [key.jwk] }) });
    await expect(off(await signTestToken(key, claims))).rejects.toThrow(/not configured/);
  });
});
