/**
 * Issue 15's "Done when" walk, in Chromium against the emulators of a fresh deployment (the setup
 * code's SHA-256 and the setup domain come from provider-env.json, as `npm run deploy` writes them):
 * the first person signs in to the dashboard with an address at the setup domain, types the setup
 * code and names the org, adds two mailboxes and imports five members from a CSV, and reaches the
 * install page ("No Outlook sign-in yet"). Then one of the five opens the Outlook pane (workbench
 * stand-in, signed in through a local stand-in of Microsoft's identity platform) and claims a thread
 * of one of the new mailboxes; the install page, refreshed, names that first Outlook sign-in.
 * One browser launch; each person has their own context.
 */
import type { Server } from "node:http";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { resetToFresh } from "../../integration/support/fresh-deployment";
import { makeThread, uniqueId } from "../../integration/support/fixtures";
import { MS_AUDIENCE, objectIdOf, publishedKey, serveKeys } from "../../integration/support/provider-keys";
import { SETUP_DOMAIN, TEST_SETUP_CODE } from "../../integration/support/setup-code";
import { adminApp, apiBase, PROJECT_ID } from "../../integration/support/stack";
import { paneFragment, standinItemFor } from "../../../workbench/src/thread-item";
import { launchHeadlessChromium } from "../../support/chromium";
import { serveDashboard, type DashboardServer } from "../../support/serve-dashboard";
import { startDevServer, type DevServer } from "../outlook/support/dev-server";
import { startIdentityProvider, type IdentityProvider } from "../outlook/support/identity-provider";

const AMSTERDAM = "Europe/Amsterdam";
const at = (local: string) => `${local}@${SETUP_DOMAIN}`;
const ADMIN = at("root");
const MAILBOXES = [
  { address: at("support"), name: "Support", zone: AMSTERDAM },
  { address: at("billing"), name: "Billing", zone: "America/New_York" },
];
const MEMBERS = [
  ["ana", "Ana Alvarez", "agent"],
  ["ben", "Ben Okafor", "agent"],
  ["chen", "Chen Wei", "lead"],
  ["dara", "Dara Novak", "agent"],
  ["vic", "Vic Viewer", "viewer"],
] as const;
const CSV = ["email,name,role", ...MEMBERS.map(([local, name, role]) => `${at(local)},${name},${role}`)].join(
  "\n",
);
/** The member who installs nothing and simply opens a message in Outlook. */
const AGENT = at("ana");

const microsoft = publishedKey("microsoft");
const tenant = objectIdOf(uniqueId("first-run-tenant"));
let keys: Server | undefined;
let idp: IdentityProvider | undefined;
let dashboard: DashboardServer | undefined;
let pane: DevServer | undefined;
let browser: Browser | undefined;
let admin: Page;
let org = "";
const started = performance.now();

function logErrors(page: Page, name: string): void {
  page.on("pageerror", (error) => {
    console.error(`[${name}] ${error.message}`);
  });
}

async function newPage(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({
    timezoneId: AMSTERDAM,
    viewport: { width: 1280, height: 1000 },
    // The pane's dev server and the identity stand-in use certificates made for this machine only.
    ignoreHTTPSErrors: true,
  });
  const page = await context.newPage();
  logErrors(page, name);
  return { context, page };
}

beforeAll(async () => {
  const { db } = adminApp();
  await resetToFresh(db);
  keys = await serveKeys([], [microsoft]);
  idp = await startIdentityProvider({
    key: microsoft,
    tenant,
    user: { objectId: objectIdOf(uniqueId("ana")), upn: AGENT, name: "Ana Alvarez" },
    audience: MS_AUDIENCE,
  });
  const base = await apiBase();
  dashboard = await serveDashboard({
    target: "local",
    apiBase: base,
    firebase: { apiKey: "demo-key", authDomain: `${PROJECT_ID}.firebaseapp.com`, projectId: PROJECT_ID },
    // A fresh deployment: nobody to pick; the first person signs in with their own address.
    demoMembers: [],
    demoPassword: null,
    emulators: {
      auth: `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST ?? ""}`,
      firestore: process.env.FIRESTORE_EMULATOR_HOST ?? "",
    },
  });
  pane = await startDevServer({
    BATON_API_BASE: base,
    // No demo members: the pane signs in through Microsoft, as in a tenant that installed it.
    BATON_DEMO_MEMBERS: "",
    BATON_MS_CLIENT_ID: "baton-first-run-test",
    BATON_MS_AUTHORITY: idp.authority,
    BATON_MS_KNOWN_AUTHORITIES: idp.host,
    BATON_MS_PROTOCOL_MODE: "OIDC",
    BATON_MS_SCOPES: `${MS_AUDIENCE}/access_as_user`,
  });
  browser = await launchHeadlessChromium();
  ({ page: admin } = await newPage("admin"));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await pane?.stop();
  await dashboard?.close();
  await idp?.close();
  await new Promise((resolve) => {
    if (keys === undefined) resolve(undefined);
    else keys.close(resolve);
  });
  console.log(`first-run walk: ${((performance.now() - started) / 1000).toFixed(1)} s wall time`);
});

describe("the admin's first hour on a fresh deployment", () => {
  it("signs in with an address at the setup domain and creates the org with the setup code", async () => {
    await admin.goto(`${dashboard!.origin}/`);
    await admin.getByLabel("Email address").fill(ADMIN);
    await admin.getByRole("button", { name: "Sign in", exact: true }).click();
    await admin.getByRole("heading", { name: "Set up Baton" }).waitFor({ timeout: 30_000 });
    await admin.getByLabel("Setup code").fill(TEST_SETUP_CODE.toLowerCase());
    await admin.getByLabel("Organisation name").fill("Walk & Co");
    await admin.getByRole("button", { name: "Create the organisation" }).click();
    const setup = await waitForDoc("deployment/setup", (d) => typeof d.get("org") === "string");
    org = setup.get("org") as string;
    const member = await adminApp().db.doc(`orgs/${org}/members/${ADMIN}`).get();
    expect(member.get("role")).toBe("admin");
  });

  it("adds two mailboxes, each with its time zone", async () => {
    await nextStep(admin, "mailboxes");
    for (const mailbox of MAILBOXES) await addMailbox(admin, mailbox);
    const stored = await adminApp().db.collection(`orgs/${org}/mailboxes`).get();
    const zones = Object.fromEntries(
      stored.docs.map((d) => [d.get("address") as string, d.get("calendar.timeZone") as string]),
    );
    expect(zones).toEqual(Object.fromEntries(MAILBOXES.map((m) => [m.address, m.zone])));
  });

  it("imports five members from a pasted CSV, with progress and then a summary", async () => {
    await nextStep(admin, "members");
    await importCsv(admin, CSV);
    const members = await adminApp().db.collection(`orgs/${org}/members`).get();
    expect(members.docs.map((d) => d.id).sort()).toEqual([ADMIN, ...MEMBERS.map(([l]) => at(l))].sort());
  });

  it("ends on the install page with this deployment's values and no Outlook sign-in yet", async () => {
    await openInstall(admin);
    await admin.getByRole("heading", { name: "Install the add-ins" }).waitFor();
    const check = admin.getByTestId("install-check");
    await check.getByText(/^No Outlook sign-in yet — /).waitFor();
    expect(await check.innerText()).toMatch(/No Gmail sign-in yet/);
    // provider-env.json's values, as the deploy would have written them.
    await admin.getByText("https://baton-integration-test.web.app/manifest.xml").waitFor();
    await admin.getByText("AKfycbx-baton-integration-test").waitFor();
    expect(await admin.getByRole("button", { name: "Copy Manifest URL" }).count()).toBe(1);
  });

  it("lets one of the five sign in to the Outlook pane and claim a thread of a new mailbox", async () => {
    await bindTenant();
    const mailbox = MAILBOXES[0]!.address;
    const { messages } = makeThread(SETUP_DOMAIN, "jo@customer.test", 1);
    const message = messages[0]!;
    const item = standinItemFor(
      uniqueId("first-run-thread"),
      { ...message, sentAt: Date.parse(message.sentAt) },
      mailbox,
    );
    const { context, page } = await newPage("pane");
    // The stand-in has no Office SSO, so the pane opens Microsoft's sign-in in a dialog at once.
    const dialog = context.waitForEvent("page", { timeout: 30_000 });
    await page.goto(`${pane!.origin}/workbench-pane.html#${paneFragment(item, AGENT, "light")}`);
    const signIn = await dialog;
    logErrors(signIn, "dialog");
    await signIn.getByRole("link", { name: /^Continue as / }).click();
    const owner = page.getByTestId("owner");
    await owner.filter({ hasText: "Unclaimed" }).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Claim" }).click();
    await owner.filter({ hasText: /^You/ }).waitFor({ timeout: 10_000 });
    const claimed = await adminApp()
      .db.collection(`orgs/${org}/conversations`)
      .where("assignee", "==", AGENT)
      .get();
    expect(claimed.size).toBe(1);
    const stored = await adminApp()
      .db.collection(`orgs/${org}/mailboxes`)
      .where("address", "==", mailbox)
      .get();
    expect(claimed.docs[0]!.get("mailbox")).toBe(stored.docs[0]!.id);
    await context.close();
  });

  it("names that first Outlook sign-in on the install page after a refresh", async () => {
    await admin.getByRole("button", { name: "Refresh" }).click();
    const line = admin.getByTestId("install-check").getByText(/^Outlook: first sign-in /);
    await line.waitFor({ timeout: 10_000 });
    expect(await line.innerText()).toMatch(new RegExp(`^Outlook: first sign-in \\d\\d:\\d\\d by ${AGENT}$`));
  });
});

async function waitForDoc(
  path: string,
  ready: (doc: FirebaseFirestore.DocumentSnapshot) => boolean,
): Promise<FirebaseFirestore.DocumentSnapshot> {
  for (let tries = 0; tries < 60; tries++) {
    const doc = await adminApp().db.doc(path).get();
    if (doc.exists && ready(doc)) return doc;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${path} did not appear`);
}

/** Binds the test tenant to the new org, as PUT /org/identity does after its proof (the walk has none). */
async function bindTenant(): Promise<void> {
  const { db } = adminApp();
  await db.doc(`tenants/${tenant}`).set({ org });
  const identity = ((await db.doc(`orgs/${org}`).get()).get("identity") ?? {}) as { tenants?: string[] };
  await db
    .doc(`orgs/${org}`)
    .set({ identity: { tenants: [...(identity.tenants ?? []), tenant] } }, { merge: true });
}

/** The setup's Mailboxes step: "New mailbox…", its address, name and time zone, then Create. */
async function addMailbox(page: Page, mailbox: (typeof MAILBOXES)[number]): Promise<void> {
  const menu = page.getByRole("combobox", { name: "Mailbox", exact: true });
  if ((await menu.inputValue()) !== "") await menu.selectOption({ label: "New mailbox…" });
  await page.getByRole("button", { name: "Create mailbox" }).waitFor();
  await page.getByLabel("Address", { exact: true }).fill(mailbox.address);
  await page.getByLabel("Name", { exact: true }).fill(mailbox.name);
  await page.getByRole("combobox", { name: "Time zone" }).fill(mailbox.zone);
  await page.getByRole("button", { name: "Create mailbox" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: `Created ${mailbox.name} ` })
    .waitFor();
  // The menu lists the new mailbox once GET /me is read again; until then "New mailbox…" may look chosen.
  await menu.locator(`option[value="${mailbox.address}"]`).waitFor({ state: "attached" });
  for (let tries = 0; (await menu.inputValue()) !== mailbox.address && tries < 40; tries++)
    await page.waitForTimeout(100);
}

/** The setup's Members step: paste, preview, import; the progress stays beside the summary. */
async function importCsv(page: Page, csv: string): Promise<void> {
  await page.getByLabel("Members CSV (email, name, role)").fill(csv);
  await page.getByRole("button", { name: "Preview" }).click();
  expect(await page.getByRole("table", { name: "Members to import" }).locator("tbody tr").count()).toBe(5);
  await page.getByRole("button", { name: "Import 5 members" }).click();
  await page.getByRole("status").filter({ hasText: "5 of 5" }).waitFor();
  expect(await page.locator("progress").getAttribute("value")).toBe("5");
  await page.getByText("5 created, 0 updated, 0 unchanged, 0 skipped.").waitFor();
}

/** The setup's last step links to the install page. */
async function openInstall(page: Page): Promise<void> {
  await nextStep(page, "finish");
  await page.getByRole("link", { name: "Open the install page" }).click();
  expect(new URL(page.url()).hash).toBe("#/install");
}

/** The setup's Next button, to the step `id` (#/setup/<id>). */
async function nextStep(page: Page, id: "mailboxes" | "members" | "finish"): Promise<void> {
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.waitForURL((url) => url.hash === `#/setup/${id}`);
}
