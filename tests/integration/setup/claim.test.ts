// The first run (issue 15): the first person of the deployment's domains with the setup code becomes
// the admin of a new org. Every refusal is an attack that must fail, shown to matter by the same
// request succeeding (or the deployment staying open) when only the attacked part is right.
import type { SetupStatus } from "@baton/shared";
import { resetToFresh } from "../support/fresh-deployment";
import { PROVIDER_ENV } from "../support/provider-keys";
import { SETUP_DOMAIN, TEST_SETUP_CODE } from "../support/setup-code";
import { adminApp, call, signUp } from "../support/stack";
import { claim, orgsHoldingSetupDomain, person } from "./people";

const WRONG_CODE = "7KQ2M-5ETVP-F1R5T-RVN0B";

describe("POST /setup/claim", () => {
  const { db } = adminApp();

  beforeEach(async () => {
    await resetToFresh(db);
  });

  afterAll(async () => {
    await resetToFresh(db);
  });

  it("runs with the setup values of provider-env.json", () => {
    expect(process.env.BATON_SETUP_CODE_SHA256).toBe(PROVIDER_ENV.BATON_SETUP_CODE_SHA256);
    expect(process.env.BATON_SETUP_DOMAINS).toBe(SETUP_DOMAIN);
  });

  it("makes the first person with the code the admin of a new org holding the domains", async () => {
    const ana = await person("ana");
    const before = await call<SetupStatus>(ana.token, "GET", "/setup");
    expect(before.body).toEqual({ state: "open", email: ana.email, member: false, domains: [SETUP_DOMAIN] });

    const reply = await claim(ana.token, { orgName: "First Run Co" });
    expect(reply.status).toBe(200);
    const { org } = reply.body;
    expect(org).toMatch(/^first-run-co-[0-9a-f]{6}$/);
    expect(reply.body).toEqual({
      org,
      name: "First Run Co",
      admin: ana.email,
      domains: [SETUP_DOMAIN],
      tenants: [],
    });

    expect((await db.doc("deployment/setup").get()).data()).toMatchObject({ claimedBy: ana.email, org });
    expect((await db.doc(`orgs/${org}`).get()).data()).toMatchObject({
      name: "First Run Co",
      identity: { domains: [SETUP_DOMAIN], tenants: [] },
      settings: { redaction: { cards: true, ibans: true, patterns: [] }, retentionDays: 365 },
    });
    expect((await db.doc(`orgs/${org}/members/${ana.email}`).get()).data()).toEqual({
      email: ana.email,
      name: "Ana",
      role: "admin",
    });
    expect((await db.doc(`domains/${SETUP_DOMAIN}`).get()).data()).toEqual({ org });
    expect((await db.doc(`accounts/${ana.email}`).get()).data()).toEqual({ org });

    // The same token is now a member: the dashboard opens as usual.
    const me = await call<{ org: string; role: string }>(ana.token, "GET", "/me");
    expect(me.body).toMatchObject({ org, role: "admin" });
    const after = await call<SetupStatus>(ana.token, "GET", "/setup");
    expect(after.body).toMatchObject({ state: "claimed", member: true });
  });

  it("ATTACK: a wrong code creates nothing (and the right one then works)", async () => {
    const eve = await person("eve");
    const reply = await claim(eve.token, { code: WRONG_CODE });
    expect(reply.status).toBe(403);
    expect(reply.body.error?.message).toBe(
      "That is not this deployment's setup code; type the code `npm run deploy` printed (9 more tries this hour).",
    );
    expect(await orgsHoldingSetupDomain()).toEqual([]);
    expect((await claim(eve.token, { code: TEST_SETUP_CODE.toLowerCase() })).status).toBe(200);
  });

  it("ATTACK: the code reused after the claim is refused, naming only the admin to ask", async () => {
    const ana = await person("ana");
    const { org } = (await claim(ana.token)).body;
    const mallory = await person("mallory");
    const reply = await claim(mallory.token);
    expect(reply.status).toBe(409);
    expect(reply.body.error?.message).toBe(
      `This deployment is set up already: ask ${ana.email} to add you to the team.`,
    );
    expect(await orgsHoldingSetupDomain()).toEqual([org]);
    expect((await call(mallory.token, "GET", "/me")).status).toBe(403);
  });

  it("ATTACK: an address outside the deployment's domains can't claim, even with the code", async () => {
    const outsider = await person("out", "elsewhere.test");
    const reply = await claim(outsider.token);
    expect(reply.status).toBe(403);
    expect(reply.body.error?.message).toBe(
      `${outsider.email} is not in this deployment's domains (${SETUP_DOMAIN}); sign in with your work account in one of them.`,
    );
    expect((await db.doc("deployment/setup").get()).exists).toBe(false);
  });

  it("ATTACK: a self-registered account with an unverified address of the domain is refused at the token", async () => {
    const { idToken } = await signUp(`boss-${Date.now()}@${SETUP_DOMAIN}`, "whatever-password");
    const reply = await claim(idToken);
    expect(reply.status).toBe(401);
    expect((await call(idToken, "GET", "/setup")).status).toBe(401);
    expect(await orgsHoldingSetupDomain()).toEqual([]);
  });

  it("ATTACK: a member of another org can't claim a second org for itself", async () => {
    const bo = await person("bo");
    await db.doc(`accounts/${bo.email}`).set({ org: "some-other-org" });
    try {
      const reply = await claim(bo.token);
      expect(reply.status).toBe(409);
      expect(reply.body.error?.message).toBe(
        `${bo.email} is already a member of a Baton organisation; open the dashboard as usual instead of setting up a new one.`,
      );
      expect(await orgsHoldingSetupDomain()).toEqual([]);
    } finally {
      await db.doc(`accounts/${bo.email}`).delete();
    }
  });

  it("ATTACK: a domain another org holds is not taken over", async () => {
    await db.doc(`domains/${SETUP_DOMAIN}`).set({ org: "holder-org" });
    const ana = await person("ana");
    const reply = await claim(ana.token);
    expect(reply.status).toBe(409);
    expect(reply.body.error?.message).toBe(
      `The domain ${SETUP_DOMAIN} is already held by another Baton organisation; remove it from this deployment's org domains and deploy again, or ask that organisation's admin to release it.`,
    );
    expect((await db.doc(`domains/${SETUP_DOMAIN}`).get()).data()).toEqual({ org: "holder-org" });
  });

  it("ATTACK: guessing locks the deployment after 10 wrong codes, across people, even for the right code", async () => {
    const [eve, mal] = await Promise.all([person("eve"), person("mal")]);
    for (let i = 0; i < 10; i++) {
      const reply = await claim((i % 2 === 0 ? eve : mal).token, { code: `${WRONG_CODE.slice(0, -2)}${i}X` });
      expect(reply.status).toBe(403);
    }
    const locked = await claim(eve.token);
    expect(locked.status).toBe(429);
    expect(locked.body.error?.message).toMatch(
      /^Too many wrong setup codes: try again after \d\d:\d\d UTC, with the code the deploy printed\.$/,
    );
    expect(locked.body.error?.details?.retryAfterSeconds).toBeGreaterThan(3000);
    expect(await orgsHoldingSetupDomain()).toEqual([]);
  });

  it("RACE: five people with the right code at once make exactly one org", async () => {
    const people = await Promise.all(["ana", "ben", "cy", "dee", "eli"].map((label) => person(label)));
    const replies = await Promise.all(people.map((p) => claim(p.token)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const winner = replies.find((r) => r.status === 200)!;
    expect(await orgsHoldingSetupDomain()).toEqual([winner.body.org]);
    const admins = await db.collection(`orgs/${winner.body.org}/members`).get();
    expect(admins.size).toBe(1);
  });
});
