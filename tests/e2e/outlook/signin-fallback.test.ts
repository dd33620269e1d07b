/**
 * Sign-in without Office SSO, end to end: the real build over the Outlook stand-in (whose Office.auth
 * reports SSO unavailable, 13012), in Debian's Chromium, against the Firebase emulators and a local
 * stand-in of Microsoft's identity platform. The pane opens signin.html in the stand-in's Office dialog
 * (a popup, as in Outlook on the web); MSAL signs in there (authorization code + PKCE), the page
 * exchanges the access token at POST /auth/exchange and hands the custom token back with
 * messageParent; the pane then works as the member.
 */
import type { BrowserContext, Page } from "playwright-core";
import type { Server } from "node:http";
import { createTestOrg, uniqueId, type TestOrg } from "../../integration/support/fixtures";
import { MS_AUDIENCE, objectIdOf, publishedKey, serveKeys } from "../../integration/support/provider-keys";
import { adminApp, apiBase } from "../../integration/support/stack";
import { paneFragment } from "../../../workbench/src/thread-item";
import { launchChromium, type Browser } from "../../support/chromium";
import { startDevServer, type DevServer } from "./support/dev-server";
import { knownThread } from "./support/known-thread";
import { startIdentityProvider, type IdentityProvider } from "./support/identity-provider";

const microsoft = publishedKey("microsoft");
let org: TestOrg;
let keys: Server | undefined;
let idp: IdentityProvider | undefined;
let server: DevServer | undefined;
let browser: Browser | undefined;

/** Binds an Entra tenant to the org, as PUT /org/identity does after proof. */
async function bindTenant(tenant: string): Promise<void> {
  const { db } = adminApp();
  await db.doc(`tenants/${tenant}`).set({ org: org.org });
  await db
    .doc(`orgs/${org.org}`)
    .set({ identity: { domains: [org.domain], tenants: [tenant] } }, { merge: true });
}

beforeAll(async () => {
  org = await createTestOrg("signin-fallback", { ana: "agent" });
  const tenant = objectIdOf(uniqueId("signin-tenant"));
  await bindTenant(tenant);
  keys = await serveKeys([], [microsoft]);
  idp = await startIdentityProvider({
    key: microsoft,
    tenant,
    user: { objectId: objectIdOf(uniqueId("ana")), upn: org.email("ana"), name: "Ana" },
    audience: MS_AUDIENCE,
  });
  server = await startDevServer({
    BATON_API_BASE: await apiBase(),
    // No demo members: the pane offers Microsoft sign-in, as in production.
    BATON_DEMO_MEMBERS: "",
    BATON_MS_CLIENT_ID: "baton-signin-test",
    BATON_MS_AUTHORITY: idp.authority,
    BATON_MS_KNOWN_AUTHORITIES: idp.host,
    BATON_MS_PROTOCOL_MODE: "OIDC",
    BATON_MS_SCOPES: `${MS_AUDIENCE}/access_as_user`,
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await idp?.close();
  await new Promise((resolve) => {
    if (keys === undefined) resolve(undefined);
    else keys.close(resolve);
  });
});

const newItem = () => knownThread(org);

function logErrors(page: Page, name: string): void {
  page.on("pageerror", (error) => {
    console.error(`[${name}] ${error.message}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") console.warn(`[${name}] ${message.text()}`);
  });
}

/** The next dialog the pane opens, once the identity provider's page shows in it. */
async function nextDialog(context: BrowserContext): Promise<Page> {
  const dialog = await context.waitForEvent("page", { timeout: 30_000 });
  logErrors(dialog, "dialog");
  await dialog.getByRole("link", { name: /^Continue as / }).waitFor({ timeout: 30_000 });
  return dialog;
}

describe("signing in to the Outlook pane without Office SSO", () => {
  it("says so when the dialog is closed, then signs in through Microsoft in the dialog", async () => {
    const { key, item } = await newItem();
    const context = await browser!.newContext();
    const pane = context.pages()[0] ?? (await context.newPage());
    logErrors(pane, "pane");

    // SSO is unavailable in the stand-in, so the pane falls back to the dialog at once.
    const firstDialog = nextDialog(context);
    await pane.goto(`${server!.origin}/workbench-pane.html#${paneFragment(item, org.email("ana"), "light")}`);
    await (await firstDialog).close();
    await pane.getByRole("alert").filter({ hasText: "closed before you finished signing in" }).waitFor();

    const secondDialog = nextDialog(context);
    await pane.getByRole("button", { name: "Sign in with Microsoft" }).click();
    const dialog = await secondDialog;
    await dialog.getByRole("link", { name: /^Continue as / }).click();

    // Signed in as the member: the pane keys the thread, and a claim is hers.
    await pane.getByTestId("owner").waitFor({ timeout: 30_000 });
    expect(await pane.getByTestId("owner").innerText()).toBe("Unclaimed");
    expect(idp!.redeemed()).toBe(1);
    await pane.getByRole("button", { name: "Claim" }).click();
    await pane.getByTestId("owner").filter({ hasText: /^You/ }).waitFor({ timeout: 5_000 });
    const conversation = await adminApp().db.doc(`orgs/${org.org}/conversations/${key}`).get();
    expect(conversation.get("assignee")).toBe(org.email("ana"));
    await context.close();
  });
});
