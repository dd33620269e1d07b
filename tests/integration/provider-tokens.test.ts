import type { Server } from "node:http";
import { createTestOrg, type TestOrg } from "./support/fixtures";
import {
  GOOGLE_AUDIENCE,
  makeKey,
  publishedKey,
  MS_AUDIENCE,
  objectIdOf,
  MS_TENANT,
  PROVIDER_ENV,
  serveKeys,
  signJwt,
  type SigningKey,
} from "./support/provider-keys";
import { adminApp, call, signInWithCustomToken } from "./support/stack";

interface Me {
  email: string;
  role: string;
  org: string;
}

const CONFIGURED = Object.entries(PROVIDER_ENV).every(([name, value]) => process.env[name] === value);

describe("Google and Microsoft identity tokens through the emulator", () => {
  let org: TestOrg;
  let server: Server;
  const google = publishedKey("google");
  const microsoft = publishedKey("microsoft");
  const stranger: SigningKey = makeKey("not-published");

  const googleToken = (email: string, extra: Record<string, unknown> = {}, key = google) =>
    signJwt(key, {
      iss: "https://accounts.google.com",
      aud: GOOGLE_AUDIENCE,
      sub: `g-${email}`,
      email,
      email_verified: true,
      // A Workspace account of the address's own domain, which the test org holds.
      hd: email.split("@")[1],
      ...extra,
    });
  const microsoftToken = (email: string, extra: Record<string, unknown> = {}, key = microsoft) =>
    signJwt(key, {
      iss: `https://login.microsoftonline.com/${MS_TENANT}/v2.0`,
      aud: MS_AUDIENCE,
      tid: MS_TENANT,
      oid: objectIdOf(email),
      sub: `m-${email}`,
      preferred_username: email,
      ...extra,
    });

  beforeAll(async () => {
    server = await serveKeys([google], [microsoft]);
    org = await createTestOrg("tokens", { ana: "agent", ben: "lead" });
    // The org accepts the test tenant's tokens (PUT /org/identity records this after proof).
    const { db } = adminApp();
    await db.doc(`tenants/${MS_TENANT}`).set({ org: org.org });
    await db
      .doc(`orgs/${org.org}`)
      .set({ identity: { domains: [org.domain], tenants: [MS_TENANT] } }, { merge: true });
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("runs with the provider settings of provider-env.json (scripts/test.mjs passes them to the emulators)", () => {
    expect(CONFIGURED).toBe(true);
  });

  it("accepts a Google identity token of a member (Apps Script) and refuses bad ones with 401", async () => {
    const ok = await call<Me>(googleToken(org.email("ana")), "GET", "/me");
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ email: org.email("ana"), role: "agent", org: org.org });

    const nowS = Math.floor(Date.now() / 1000);
    const bad = [
      googleToken(org.email("ana"), { aud: "someone-else.apps.googleusercontent.com" }),
      googleToken(org.email("ana"), { iss: "https://evil.example" }),
      googleToken(org.email("ana"), { iat: nowS - 7200, exp: nowS - 3600 }),
      googleToken(org.email("ana"), {}, stranger),
      googleToken(org.email("ana")).slice(0, -3) + "AAA",
    ];
    for (const token of bad) {
      const reply = await call(token, "GET", "/me");
      expect([reply.status, reply.body]).toEqual([
        401,
        { error: expect.objectContaining({ code: "unauthenticated" }) as unknown },
      ]);
    }
  });

  it("accepts a Microsoft identity token of an allowed tenant (Office SSO) and refuses others", async () => {
    const ok = await call<Me>(microsoftToken(org.email("ben")), "GET", "/me");
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ email: org.email("ben"), role: "lead" });

    const otherTenant = "99999999-8888-4777-8666-555555555555";
    const unbound = await call(
      microsoftToken(org.email("ben"), {
        tid: otherTenant,
        iss: `https://login.microsoftonline.com/${otherTenant}/v2.0`,
      }),
      "GET",
      "/me",
    );
    expect(unbound.status).toBe(403);
    expect(unbound.body).toMatchObject({
      error: { message: expect.stringContaining("not connected") as unknown },
    });
    const bad = [
      microsoftToken(org.email("ben"), { aud: "api://someone-else" }),
      microsoftToken(org.email("ben"), {}, stranger),
    ];
    for (const token of bad) expect((await call(token, "GET", "/me")).status).toBe(401);
  });

  it("refuses a valid token of someone who is not a member with 403 not_member", async () => {
    const reply = await call(googleToken(`nobody@${org.domain}`), "GET", "/me");
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ error: { code: "not_member" } });
  });

  it("exchanges a provider token for a Firebase custom token carrying org and role", async () => {
    for (const [provider, token] of [
      ["google", googleToken(org.email("ana"))],
      ["microsoft", microsoftToken(org.email("ben"))],
    ] as const) {
      const reply = await call<{ customToken: string }>(null, "POST", "/auth/exchange", { provider, token });
      expect(reply.status).toBe(200);
      const idToken = await signInWithCustomToken(reply.body.customToken);
      const decoded = await adminApp().auth.verifyIdToken(idToken);
      expect(decoded).toMatchObject({ org: org.org });
      const me = await call<Me>(idToken, "GET", "/me");
      expect(me.status).toBe(200);
    }
    const refused = await call(null, "POST", "/auth/exchange", {
      provider: "google",
      token: googleToken(org.email("ana"), { aud: "wrong" }),
    });
    expect(refused.status).toBe(401);
  });
});
