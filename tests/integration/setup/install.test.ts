// GET /setup/install (issue 15): this deployment's values for the admin, and the first Outlook and
// Gmail sidebar sign-ins, recorded once. A sidebar's token can't claim a deployment.
import type { Server } from "node:http";
import type { InstallInfo } from "@baton/shared";
import { resetToFresh } from "../support/fresh-deployment";
import {
  GOOGLE_AUDIENCE,
  MS_AUDIENCE,
  MS_TENANT,
  objectIdOf,
  PROVIDER_ENV,
  publishedKey,
  serveKeys,
  signJwt,
} from "../support/provider-keys";
import { SETUP_DOMAIN } from "../support/setup-code";
import { adminApp, call } from "../support/stack";
import { claim, person, type Person } from "./people";

describe("GET /setup/install and the first sidebar sign-ins", () => {
  const { db } = adminApp();
  const google = publishedKey("google");
  const microsoft = publishedKey("microsoft");
  let server: Server;
  let admin: Person;
  let org: string;

  const googleToken = (email: string) =>
    signJwt(google, {
      iss: "https://accounts.google.com",
      aud: GOOGLE_AUDIENCE,
      sub: `g-${email}`,
      email,
      email_verified: true,
      hd: SETUP_DOMAIN,
    });
  const microsoftToken = (email: string) =>
    signJwt(microsoft, {
      iss: `https://login.microsoftonline.com/${MS_TENANT}/v2.0`,
      aud: MS_AUDIENCE,
      tid: MS_TENANT,
      oid: objectIdOf(email),
      sub: `m-${email}`,
      preferred_username: email,
    });

  beforeAll(async () => {
    server = await serveKeys([google], [microsoft]);
    await resetToFresh(db);
  });

  afterAll(async () => {
    await db.doc(`tenants/${MS_TENANT}`).delete();
    await resetToFresh(db);
    await new Promise((resolve) => server.close(resolve));
  });

  it("ATTACK: a sidebar's Google token of the domain can't claim the deployment", async () => {
    const reply = await claim(googleToken(`boss@${SETUP_DOMAIN}`));
    expect(reply.status).toBe(403);
    expect(reply.body.error?.message).toBe(
      "Set up Baton from the dashboard, signed in with your work Google account; a sidebar's sign-in can't set up a deployment.",
    );
    expect((await db.doc("deployment/setup").get()).exists).toBe(false);
    // It may still ask whether the deployment is open.
    expect((await call(googleToken(`boss@${SETUP_DOMAIN}`), "GET", "/setup")).status).toBe(200);
  });

  it("gives the admin this deployment's values, with no sidebar sign-in yet", async () => {
    admin = await person("admin");
    org = (await claim(admin.token, { orgName: "Install Co" })).body.org;
    const reply = await call<InstallInfo>(admin.token, "GET", "/setup/install");
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      org: { id: org, name: "Install Co" },
      apiBase: PROVIDER_ENV.BATON_API_BASE,
      hostingOrigin: PROVIDER_ENV.BATON_HOSTING_ORIGIN,
      outlook: {
        manifestUrl: `${PROVIDER_ENV.BATON_HOSTING_ORIGIN}/manifest.xml`,
        clientId: MS_AUDIENCE,
        tenants: [],
        firstSignIn: null,
      },
      gmail: {
        deploymentId: PROVIDER_ENV.BATON_GMAIL_DEPLOYMENT_ID,
        oauthClientIds: [GOOGLE_AUDIENCE],
        firstSignIn: null,
      },
    });
  });

  it("records the first Gmail and Outlook sign-ins once, and the dashboard's none", async () => {
    const ivy = `ivy@${SETUP_DOMAIN}`;
    const jon = `jon@${SETUP_DOMAIN}`;
    const imported = await call(admin.token, "POST", "/members/import", {
      members: [
        { email: ivy, name: "Ivy", role: "agent" },
        { email: jon, name: "Jon", role: "agent" },
      ],
    });
    expect(imported.status).toBe(200);
    // The org accepts the test tenant (PUT /org/identity records this after proof).
    await db.doc(`tenants/${MS_TENANT}`).set({ org });

    const before = Date.now();
    expect((await call(googleToken(ivy), "GET", "/me")).status).toBe(200);
    expect((await call(googleToken(jon), "GET", "/me")).status).toBe(200);
    const exchange = await call(null, "POST", "/auth/exchange", {
      provider: "microsoft",
      token: microsoftToken(jon),
    });
    expect(exchange.status).toBe(200);

    const info = (await call<InstallInfo>(admin.token, "GET", "/setup/install")).body;
    expect(info.gmail.firstSignIn).toEqual({ at: expect.any(Number) as number, by: ivy });
    expect(info.gmail.firstSignIn!.at).toBeGreaterThanOrEqual(before - 5000);
    expect(info.outlook.firstSignIn).toEqual({ at: expect.any(Number) as number, by: jon });
    // The dashboard's own Firebase sign-in is not a sidebar.
    expect((await db.collection(`orgs/${org}/clientSignIns`).get()).size).toBe(2);
  });
});
