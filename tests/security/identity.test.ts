// Attacks on identity (issue 11, items 1 and 2): each test performs the attack against the emulated
// stack with real RS256 tokens made here, and fails if the attack works.
import type { Server } from "node:http";
import { createTestOrg, uniqueId, type TestOrg } from "../integration/support/fixtures";
import {
  GOOGLE_AUDIENCE,
  publishedKey,
  MS_AUDIENCE,
  objectIdOf,
  serveKeys,
  signJwt,
} from "../integration/support/provider-keys";
import { adminApp, call, signInWithCustomToken, signUp } from "../integration/support/stack";

interface ErrorBody {
  error: { code: string; message: string };
}

const google = publishedKey("google");
const microsoft = publishedKey("microsoft");

const googleToken = (email: string, hd?: string) =>
  signJwt(google, {
    iss: "https://accounts.google.com",
    aud: GOOGLE_AUDIENCE,
    sub: `g-${email}`,
    email,
    email_verified: true,
    ...(hd === undefined ? {} : { hd }),
  });

const microsoftToken = (tenant: string, objectId: string, upn: string) =>
  signJwt(microsoft, {
    iss: `https://login.microsoftonline.com/${tenant}/v2.0`,
    aud: MS_AUDIENCE,
    tid: tenant,
    oid: objectId,
    sub: `m-${objectId}`,
    preferred_username: upn,
  });

/** Binds a tenant to an org, as PUT /org/identity does after proof. */
async function bindTenant(org: TestOrg, tenant: string): Promise<void> {
  const { db } = adminApp();
  await db.doc(`tenants/${tenant}`).set({ org: org.org });
  await db
    .doc(`orgs/${org.org}`)
    .set({ identity: { domains: [org.domain], tenants: [tenant] } }, { merge: true });
}

describe("identity attacks", () => {
  let server: Server;
  let acme: TestOrg;
  let globex: TestOrg;
  let acmeTenant: string;
  let globexTenant: string;

  beforeAll(async () => {
    server = await serveKeys([google], [microsoft]);
    [acme, globex] = await Promise.all([
      createTestOrg("acme", { root: "admin", ana: "agent", ben: "agent" }),
      createTestOrg("globex", { boss: "admin", gina: "agent" }),
    ]);
    acmeTenant = objectIdOf(uniqueId("acme-tenant"));
    globexTenant = objectIdOf(uniqueId("globex-tenant"));
    await Promise.all([bindTenant(acme, acmeTenant), bindTenant(globex, globexTenant)]);
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("a self-registered, unverified account with a member's address is not that member", async () => {
    const address = `carol@${acme.domain}`;
    await call(acme.token("root"), "PUT", `/members/${address}`, { role: "agent" });
    const attacker = await signUp(address, "attacker-password");
    for (const path of ["/me", "/queue"]) {
      const reply = await call<ErrorBody>(attacker.idToken, "GET", path);
      expect(reply.status).toBe(401);
      expect(reply.body.error.message).toMatch(/not been verified/);
    }
  });

  it("the exchange never hands a member's claims to an impostor's unverified account", async () => {
    const address = `dave@${acme.domain}`;
    await call(acme.token("root"), "PUT", `/members/${address}`, { role: "agent" });
    const attacker = await signUp(address, "attacker-password");
    // The real Dave signs in through Apps Script (a Workspace account of acme's domain).
    const reply = await call<{ customToken: string }>(null, "POST", "/auth/exchange", {
      provider: "google",
      token: googleToken(address, acme.domain),
    });
    expect(reply.status).toBe(200);
    const { auth } = adminApp();
    await expect(auth.getUser(attacker.uid)).rejects.toMatchObject({ code: "auth/user-not-found" });
    const user = await auth.getUserByEmail(address);
    expect(user.uid).not.toBe(attacker.uid);
    expect(user.emailVerified).toBe(true);
    const idToken = await signInWithCustomToken(reply.body.customToken);
    expect((await call(idToken, "GET", "/me")).status).toBe(200);
  });

  it("an admin's role change puts no claims on an impostor's unverified account", async () => {
    const address = `erin@${acme.domain}`;
    const attacker = await signUp(address, "attacker-password");
    expect((await call(acme.token("root"), "PUT", `/members/${address}`, { role: "lead" })).status).toBe(200);
    const { auth } = adminApp();
    expect((await auth.getUser(attacker.uid)).customClaims ?? {}).not.toHaveProperty("org");
  });

  it("a consumer Google account registered with a work address is refused where the org holds the domain", async () => {
    const consumer = await call<ErrorBody>(googleToken(acme.email("ana")), "GET", "/me");
    expect(consumer.status).toBe(403);
    expect(consumer.body.error.message).toMatch(/Google Workspace account/);
    const otherWorkspace = await call(googleToken(acme.email("ana"), "evil.example"), "GET", "/me");
    expect(otherWorkspace.status).toBe(403);
    expect((await call(googleToken(acme.email("ana"), acme.domain), "GET", "/me")).status).toBe(200);
  });

  it("a Microsoft tenant that no org has connected is refused with a sentence saying so", async () => {
    const stranger = objectIdOf(uniqueId("stranger-tenant"));
    const reply = await call<ErrorBody>(
      microsoftToken(stranger, objectIdOf("x"), acme.email("ana")),
      "GET",
      "/me",
    );
    expect(reply.status).toBe(403);
    expect(reply.body.error.message).toMatch(/not connected to any Baton organisation/);
  });

  it("one tenant's admin cannot become another org's member by setting a UPN in its domain", async () => {
    // Globex's tenant admin names a user root@acme… (Entra would refuse an unverified suffix; the
    // token is what a compromised or misconfigured tenant could still present).
    const forged = microsoftToken(globexTenant, objectIdOf(uniqueId("forged")), acme.email("root"));
    const reply = await call<ErrorBody>(forged, "GET", "/me");
    expect(reply.status).toBe(403);
    expect(reply.body.error.message).toMatch(/outside the domains/);
  });

  it("a Microsoft account is the member its first sign-in linked; a renamed UPN in the tenant gains nothing", async () => {
    const anaObject = objectIdOf(uniqueId("ana"));
    const first = await call<{ email: string }>(
      microsoftToken(acmeTenant, anaObject, acme.email("ana")),
      "GET",
      "/me",
    );
    expect([first.status, first.body.email]).toEqual([200, acme.email("ana")]);
    // The tenant admin renames another account's UPN to Ana's address.
    const impostor = microsoftToken(acmeTenant, objectIdOf(uniqueId("impostor")), acme.email("ana"));
    const reply = await call<ErrorBody>(impostor, "GET", "/me");
    expect(reply.status).toBe(403);
    expect(reply.body.error.message).toMatch(/already linked to another Microsoft account/);
    // Ana's account keeps being Ana even after her UPN changes.
    const renamed = microsoftToken(acmeTenant, anaObject, `ana.renamed@${acme.domain}`);
    expect((await call<{ email: string }>(renamed, "GET", "/me")).body.email).toBe(acme.email("ana"));
  });

  it("one org's admin can neither add another org's address nor claim its domain or tenant", async () => {
    const pull = await call<ErrorBody>(globex.token("boss"), "PUT", `/members/${acme.email("ana")}`, {
      role: "admin",
      external: true,
    });
    expect(pull.status).toBe(409);
    const create = await call<ErrorBody>(globex.token("boss"), "PUT", `/members/new@${acme.domain}`, {
      role: "admin",
      external: true,
    });
    expect(create.status).toBe(409);
    expect(create.body.error.message).toMatch(/domain another Baton organisation holds/);
    const claimDomain = await call<ErrorBody>(globex.token("boss"), "PUT", "/org/identity", {
      domains: [globex.domain, acme.domain],
      tenants: [globexTenant],
    });
    expect(claimDomain.status).toBe(400);
    expect(claimDomain.body.error.message).toMatch(/Prove that your organisation holds/);
    const proof = microsoftToken(acmeTenant, objectIdOf(uniqueId("p")), `someone@${acme.domain}`);
    const claimTenant = await call<ErrorBody>(globex.token("boss"), "PUT", "/org/identity", {
      domains: [globex.domain],
      tenants: [globexTenant, acmeTenant],
      tenantProofs: [proof],
    });
    expect(claimTenant.status).toBe(400);
    const { db } = adminApp();
    expect((await db.doc(`domains/${acme.domain}`).get()).get("org")).toBe(acme.org);
    expect((await db.doc(`tenants/${acmeTenant}`).get()).get("org")).toBe(acme.org);
  });

  it("a new tenant binds only with a proof token of that tenant in the org's domain, and only once", async () => {
    const tenant = objectIdOf(uniqueId("new-tenant"));
    const withoutProof = await call(globex.token("boss"), "PUT", "/org/identity", {
      domains: [globex.domain],
      tenants: [globexTenant, tenant],
    });
    expect(withoutProof.status).toBe(400);
    const proof = microsoftToken(tenant, objectIdOf(uniqueId("g")), globex.email("gina"));
    const bound = await call(globex.token("boss"), "PUT", "/org/identity", {
      domains: [globex.domain],
      tenants: [globexTenant, tenant],
      tenantProofs: [proof],
    });
    expect(bound.status).toBe(200);
    const acmeProof = microsoftToken(tenant, objectIdOf(uniqueId("a")), acme.email("ana"));
    const taken = await call(acme.token("root"), "PUT", "/org/identity", {
      domains: [acme.domain],
      tenants: [acmeTenant, tenant],
      tenantProofs: [acmeProof],
    });
    expect(taken.status).toBe(409);
  });

  it("an address outside the org's domains joins only as an explicit external member; public domains are no one's", async () => {
    const outsider = `${uniqueId("freelancer")}@gmail.com`;
    const implicit = await call<ErrorBody>(acme.token("root"), "PUT", `/members/${outsider}`, {
      role: "agent",
    });
    expect(implicit.status).toBe(400);
    expect(implicit.body.error.message).toMatch(/external member/);
    const explicit = await call<{ member: { external?: boolean } }>(
      acme.token("root"),
      "PUT",
      `/members/${outsider}`,
      {
        role: "agent",
        external: true,
      },
    );
    expect([explicit.status, explicit.body.member.external]).toEqual([200, true]);
    const gmail = await call<ErrorBody>(acme.token("root"), "PUT", "/org/identity", {
      domains: [acme.domain, "gmail.com"],
      tenants: [acmeTenant],
    });
    expect(gmail.status).toBe(400);
    expect(gmail.body.error.message).toMatch(/public mail provider/);
  });

  it("removing a member ends their access, and a repeated DELETE finishes an interrupted clean-up", async () => {
    const org = await createTestOrg("removal", { root: "admin", gone: "agent" });
    expect((await call(org.token("gone"), "GET", "/me")).status).toBe(200);
    expect((await call(org.token("root"), "DELETE", `/members/${org.email("gone")}`)).status).toBe(200);
    // Other function workers may hold the member in their few-second directory cache.
    const deadline = Date.now() + 8_000;
    let status = 200;
    while (status === 200 && Date.now() < deadline)
      status = (await call(org.token("gone"), "GET", "/me")).status;
    // 403 not_member once the member document is gone; 401 once the clean-up has also revoked the
    // sign-in's tokens (the emulator then rejects the ID token itself). Either way: no access.
    expect([401, 403]).toContain(status);

    // A crash after the transaction: member gone, clean-up not done (claims still on the account).
    const { db, auth } = adminApp();
    const email = `late@${org.domain}`;
    await call(org.token("root"), "PUT", `/members/${email}`, { role: "agent" });
    const user = await auth.createUser({ email, emailVerified: true });
    await auth.setCustomUserClaims(user.uid, { org: org.org, role: "agent" });
    await db.doc(`orgs/${org.org}/members/${email}`).delete();
    await db.doc(`orgs/${org.org}/removals/${email}`).set({ at: Date.now(), cleanedUp: false });
    const retry = await call(org.token("root"), "DELETE", `/members/${email}`);
    expect(retry.status).toBe(200);
    expect((await auth.getUser(user.uid)).customClaims ?? {}).not.toHaveProperty("org");
    expect((await db.doc(`orgs/${org.org}/removals/${email}`).get()).get("cleanedUp")).toBe(true);
    expect((await call(org.token("root"), "DELETE", `/members/nobody@${org.domain}`)).status).toBe(404);
  });
});
