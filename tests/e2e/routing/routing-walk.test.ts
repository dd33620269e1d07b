/**
 * Issue 16's "Done when" walk, in Chromium against the emulators, one browser launch: an admin sets
 * support@ to round-robin over Ana and Ben with a rule "Invoices" in the dashboard's Routing tab; new
 * mail arrives (observed through the API, as a sidebar reports it) and gets an owner with nobody
 * clicking; the Outlook pane and the Gmail card (both in the workbench) say why; Ana sets herself
 * away in the pane, and the next conversation, which was her turn, goes to Ben. Its own org
 * (createTestOrg), so it never depends on the demo seed or on another suite.
 */
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from "playwright-core";
import {
  createTestOrg,
  makeThread,
  observeBody,
  PASSWORD,
  type TestOrg,
} from "../../integration/support/fixtures";
import { adminApp, apiBase, call, PROJECT_ID } from "../../integration/support/stack";
import { launchHeadlessChromium } from "../../support/chromium";
import { serveDashboard, type DashboardServer } from "../../support/serve-dashboard";
import { startDevServer, type DevServer } from "../outlook/support/dev-server";

const AMSTERDAM = "Europe/Amsterdam";
const WAIT = { timeout: 30_000 };

interface Routed {
  key: string;
  subject: string;
  assignee: string | null;
  tags: string[];
  priority: string;
}

let org: TestOrg;
let dashboard: DashboardServer | undefined;
let workbench: DevServer | undefined;
let browser: Browser | undefined;
const started = performance.now();

beforeAll(async () => {
  org = await createTestOrg("routing-walk", { root: "admin", ana: "agent", ben: "agent" });
  // The dashboard reads the role from the ID token's claims, as a deployment's sign-in sets them.
  const { auth } = adminApp();
  const root = await auth.getUserByEmail(org.email("root"));
  await auth.setCustomUserClaims(root.uid, { org: org.org, role: "admin" });
  const base = await apiBase();
  dashboard = await serveDashboard({
    target: "local",
    apiBase: base,
    firebase: { apiKey: "demo-key", authDomain: `${PROJECT_ID}.firebaseapp.com`, projectId: PROJECT_ID },
    demoMembers: [org.email("root")],
    demoPassword: PASSWORD,
    emulators: {
      auth: `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST ?? ""}`,
      firestore: process.env.FIRESTORE_EMULATOR_HOST ?? "",
    },
  });
  workbench = await startDevServer({
    BATON_API_BASE: base,
    BATON_ORG: org.org,
    BATON_DEMO_MEMBERS: [org.email("ana"), org.email("ben")].join(","),
    BATON_DEMO_PASSWORD: PASSWORD,
  });
  browser = await launchHeadlessChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await workbench?.stop();
  await dashboard?.close();
  console.log(`routing walk: ${((performance.now() - started) / 1000).toFixed(1)} s wall time`);
});

async function newPage(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({
    timezoneId: AMSTERDAM,
    viewport: { width: 1400, height: 1000 },
    // The workbench's dev server uses a certificate made for this machine only.
    ignoreHTTPSErrors: true,
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    console.error(`[${name}] ${error.message}`);
  });
  return { context, page };
}

/** A customer's new message in support@, reported by `reporter`'s sidebar: routing runs on it. */
async function arrives(subject: string, reporter = "ben"): Promise<Routed> {
  const { messages } = makeThread(org.domain, "jo@customer.test", 1, Date.now() - 60_000);
  const message = { ...messages[0]!, subject };
  const reply = await call<{ conversation: Routed }>(
    org.token(reporter),
    "POST",
    "/conversations/observe",
    observeBody(org, [message], "gmail"),
  );
  if (reply.status !== 200) throw new Error(`observe answered ${reply.status}: ${reply.text}`);
  return reply.body.conversation;
}

async function conversation(key: string): Promise<Routed> {
  const reply = await call<{ conversation: Routed }>(org.token("root"), "GET", `/conversations/${key}`);
  if (reply.status !== 200) throw new Error(`GET conversation answered ${reply.status}: ${reply.text}`);
  return reply.body.conversation;
}

/** The workbench signed in as `name`, with the thread called `subject` open in the pane and the card. */
async function openInWorkbench(page: Page, name: "ana" | "ben", subject: string) {
  await page.goto(`${workbench!.origin}/workbench.html`);
  await page.getByTestId("workbench-member").selectOption(org.email(name));
  await page.getByRole("button", { name: "Sign in" }).click();
  await page
    .getByRole("button", { name: new RegExp(subject) })
    .first()
    .click(WAIT);
  const pane: FrameLocator = page.frameLocator('iframe[title="Baton task pane for Outlook"]');
  const card: Locator = page.getByTestId("gmail-card");
  await card.locator('[data-card-name="baton-conversation"]').waitFor(WAIT);
  return { pane, card };
}

const INVOICE = "Invoice 2291 charged twice";
const SECOND = "Parcel stuck in Utrecht";
const THIRD = "Login link expired";
let first: Routed;
let workbenchPage: Page;

describe("routing, from the admin's rule to the agent's pane", () => {
  it("an admin chooses round-robin over Ana and Ben and adds the rule 'Invoices' in the dashboard", async () => {
    const { page } = await newPage("admin");
    await page.goto(`${dashboard!.origin}/#/routing`);
    await page.getByRole("button", { name: org.email("root") }).click();
    await page.getByRole("heading", { name: "Routing" }).waitFor(WAIT);
    await page.getByRole("radio", { name: /Round-robin/ }).check();
    await page
      .getByLabel("Agents (emails, empty = everyone)")
      .fill(`${org.email("ana")}, ${org.email("ben")}`);
    await page.getByLabel(/Assign at any hour/).check();

    await page.getByRole("button", { name: "Add rule" }).click();
    await page.getByLabel("Rule name").fill("Invoices");
    await page.getByLabel("Condition 1 field").selectOption("subject");
    await page.getByLabel("Condition 1 operator").selectOption("contains");
    await page.getByLabel("Condition 1 value").fill("invoice");
    await page.getByLabel("Action 1", { exact: true }).selectOption("add_tags");
    await page.getByLabel("Action 1 tags").fill("billing");
    await page.getByRole("button", { name: "Add action" }).click();
    await page.getByLabel("Action 2", { exact: true }).selectOption("set_priority");
    await page.getByLabel("Action 2 priority").selectOption("high");
    await page.getByRole("button", { name: "Save routing" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Saved\./ })
      .waitFor(WAIT);

    // Saved as the API stores it: read back by the admin's own route.
    const stored = await call<{
      routing: { strategy: string; anyHour: boolean; rules: Array<{ name: string }> };
    }>(org.token("root"), "GET", "/mailboxes/support/routing");
    expect(stored.status).toBe(200);
    expect(stored.body.routing).toMatchObject({ strategy: "round_robin", anyHour: true });
    expect(stored.body.routing.rules.map((r) => r.name)).toEqual(["Invoices"]);
    await page.context().close();
  });

  it("new mail gets an owner by itself; the Outlook pane and the Gmail card say why", async () => {
    first = await arrives(INVOICE);
    expect(first.assignee).toBe(org.email("ana"));
    expect(first.tags).toContain("billing");
    expect(first.priority).toBe("high");

    ({ page: workbenchPage } = await newPage("ana"));
    const { pane, card } = await openInWorkbench(workbenchPage, "ana", INVOICE);
    const reasons = pane.getByTestId("reasons");
    await reasons.waitFor(WAIT);
    const paneText = await reasons.innerText();
    expect(paneText).toContain("Assigned to Ana by round-robin");
    expect(paneText).toContain("Tagged billing by rule 'Invoices'");
    await card.getByText("Assigned to Ana by round-robin").first().waitFor(WAIT);
    await card.getByText("Tagged billing by rule 'Invoices'").first().waitFor(WAIT);
  });

  it("Ana sets herself away in the pane; the next conversation, her turn, goes to Ben", async () => {
    // Ben's turn, then Ana's would come next.
    const second = await arrives(SECOND);
    expect(second.assignee).toBe(org.email("ben"));

    const pane = workbenchPage.frameLocator('iframe[title="Baton task pane for Outlook"]');
    await pane.getByText("Set yourself away").click();
    await pane.getByRole("button", { name: "Until tomorrow morning" }).click();
    await pane
      .getByTestId("away")
      .filter({ hasText: /You are away until/ })
      .waitFor(WAIT);
    const availability = await call<{ awayUntil: number | null }>(
      org.token("ana"),
      "GET",
      "/me/availability",
    );
    expect(availability.body.awayUntil).toBeGreaterThan(Date.now());

    const third = await arrives(THIRD);
    expect(third.assignee).toBe(org.email("ben"));
    // Her open conversation went back to the strategy when she went away (rebalance).
    expect((await conversation(first.key)).assignee).toBe(org.email("ben"));

    // Ben's card says why it is his, naming who was skipped.
    const { card } = await openInWorkbench(workbenchPage, "ben", THIRD);
    await card
      .getByText(/Assigned to Ben by round-robin \(Ana away\)/)
      .first()
      .waitFor(WAIT);
    await workbenchPage.context().close();
  });
});
