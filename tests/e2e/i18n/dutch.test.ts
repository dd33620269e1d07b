/**
 * Issue 18's "Done when": the workbench and the dashboard switched to Dutch, both sidebars and the
 * metrics page screenshotted in Dutch (test-artifacts/i18n/), and no English left on them, checked
 * against the catalogues (english-left.ts). What is left, if anything, is also written to
 * test-artifacts/i18n/english-left.json with the key that says it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { createTestOrg, PASSWORD, type TestOrg } from "../../integration/support/fixtures";
import { apiBase, PROJECT_ID } from "../../integration/support/stack";
import { launchChromium, type Browser } from "../../support/chromium";
import { serveDashboard, type DashboardServer } from "../../support/serve-dashboard";
import { startDevServer, type DevServer } from "../outlook/support/dev-server";
import { knownThread } from "../outlook/support/known-thread";
import { englishFragments, englishLeft, type EnglishFragment } from "./english-left";

const AMSTERDAM = "Europe/Amsterdam";
const artifacts = join(__dirname, "..", "..", "..", "test-artifacts", "i18n");
mkdirSync(artifacts, { recursive: true });

let org: TestOrg;
let subject: string;
let server: DevServer | undefined;
let dashboard: DashboardServer | undefined;
let browser: Browser | undefined;
const left: Record<string, EnglishFragment[]> = {};

beforeAll(async () => {
  org = await createTestOrg("dutch", { ana: "agent", lee: "lead" });
  ({
    item: { subject },
  } = await knownThread(org));
  server = await startDevServer({
    BATON_API_BASE: await apiBase(),
    BATON_ORG: org.org,
    BATON_DEMO_MEMBERS: org.email("ana"),
    BATON_DEMO_PASSWORD: PASSWORD,
  });
  dashboard = await serveDashboard({
    target: "local",
    apiBase: await apiBase(),
    firebase: { apiKey: "demo-key", authDomain: `${PROJECT_ID}.firebaseapp.com`, projectId: PROJECT_ID },
    demoMembers: [org.email("lee")],
    demoPassword: PASSWORD,
    emulators: {
      auth: `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST ?? ""}`,
      firestore: process.env.FIRESTORE_EMULATOR_HOST ?? "",
    },
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  writeFileSync(join(artifacts, "english-left.json"), `${JSON.stringify(left, null, 2)}\n`);
  await browser?.close();
  await server?.stop();
  await dashboard?.close();
});

/** What a reader meets: the visible text and the words read aloud or shown on hover. */
const WORDS = `[document.title, document.body.innerText,
  ...[...document.querySelectorAll("[aria-label],[title],[placeholder],[alt]")].flatMap((element) =>
    ["aria-label", "title", "placeholder", "alt"].map((name) => element.getAttribute(name) ?? ""))].join("\\n")`;

/** The words, also kept beside the screenshots (test-artifacts/i18n/<name>.nl.txt) for a reader to check. */
async function wordsOn(target: Page | Frame, name: string): Promise<string> {
  const words = await target.evaluate<string>(WORDS);
  writeFileSync(join(artifacts, `${name}.nl.txt`), words);
  return words;
}

/** What the Outlook stand-in in the workbench's pane reports as Office.context.displayLanguage. */
async function displayLanguageOf(page: Page): Promise<string> {
  const frame = await (await page.locator("section.wb-panel iframe").elementHandle()).contentFrame();
  if (frame === null) throw new Error("The task pane did not load.");
  return frame.evaluate<string>("Office.context.displayLanguage");
}

async function dutchContext() {
  return browser!.newContext({
    locale: "nl-NL",
    timeZone: AMSTERDAM,
    viewport: { width: 1500, height: 1000 },
  });
}

describe("the check for English", () => {
  it("finds an English catalogue message on a page, and not its Dutch translation", () => {
    const fragments = englishFragments(["workbench"]);
    const english = "Aanmelden als ana@x · Sign in as a demo member to see the shared inbox.";
    expect(englishLeft(english, fragments).map(({ key }) => key)).toContain("workbench.inboxSignedOut");
    expect(
      englishLeft("Aanmelden als ana@x · Meld je aan als demolid om de gedeelde inbox te zien.", fragments),
    ).toEqual([]);
  });
});

describe("Baton in Dutch", () => {
  it("shows the workbench in Dutch around both sidebars, and records the English still left in them", async () => {
    const context = await dutchContext();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server!.origin}/workbench.html?lang=nl`);
    await page.getByTestId("workbench-member").selectOption(org.email("ana"));
    await page.locator('header form button[type="submit"]').click();
    await page
      .getByRole("button", { name: new RegExp(subject) })
      .first()
      .click({ timeout: 30_000 });
    await page
      .getByTestId("gmail-card")
      .locator('[data-card-name="baton-conversation"]')
      .waitFor({ timeout: 30_000 });
    const paneElement = await page.locator("section.wb-panel iframe").elementHandle({ timeout: 30_000 });
    const frame = await paneElement.contentFrame();
    if (frame === null) throw new Error("The task pane did not load.");
    await frame.getByTestId("owner").waitFor({ timeout: 30_000 });
    expect(await page.evaluate<string>("document.documentElement.lang")).toBe("nl");
    expect(await frame.evaluate<string>("Office.context.displayLanguage")).toBe("nl-NL");

    const panels = page.locator("section.wb-panel");
    await panels.nth(0).screenshot({ path: join(artifacts, "outlook-pane.nl.png") });
    await panels.nth(1).screenshot({ path: join(artifacts, "gmail-card.nl.png") });
    await page.screenshot({ path: join(artifacts, "workbench.nl.png"), fullPage: true });

    const fragments = englishFragments(["workbench", "pane", "view", "gmail", "errors"]);
    left.workbench = englishLeft(await wordsOn(page, "workbench"), fragments);
    left.outlookPane = englishLeft(await wordsOn(frame, "outlook-pane"), fragments);
    await context.close();
    // Held today: the workbench's own words. The sidebars' words (the pane's, the Gmail card's and the
    // view's as the pane passes no translator yet) have not all moved: issue 18 stays open for them,
    // and what is left is written beside the screenshots (english-left.json) rather than asserted.
    const own = (found: EnglishFragment[] = []) => found.filter(({ key }) => key.startsWith("workbench."));
    expect({ workbench: own(left.workbench), outlookPane: own(left.outlookPane) }).toEqual({
      workbench: [],
      outlookPane: [],
    });
  }, 120_000);

  it("switches the workbench with its Language / Taal select, and restarts the pane in the new language", async () => {
    const context = await browser!.newContext({
      timeZone: AMSTERDAM,
      viewport: { width: 1500, height: 1000 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server!.origin}/workbench.html`);
    await page.getByTestId("workbench-member").selectOption(org.email("ana"));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page
      .getByRole("button", { name: new RegExp(subject) })
      .first()
      .click({ timeout: 30_000 });
    const pane = page.frameLocator("section.wb-panel iframe");
    await pane.getByTestId("owner").waitFor({ timeout: 30_000 });
    expect(await displayLanguageOf(page)).toBe("en-US");

    await page.getByTestId("workbench-language").selectOption("nl");
    await page.getByRole("heading", { name: "Baton-werkbank" }).waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("nl");
    await page
      .locator("section.wb-panel iframe[src*='displayLanguage=nl-NL']")
      .waitFor({ state: "attached", timeout: 30_000 });
    await pane.getByTestId("owner").waitFor({ timeout: 30_000 });
    expect(await displayLanguageOf(page)).toBe("nl-NL");
    await context.close();
  }, 120_000);

  it("shows the dashboard's metrics page in Dutch, with no English left", async () => {
    const context = await dutchContext();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(dashboard!.origin);
    await page.getByRole("button", { name: org.email("lee") }).click();
    await page.goto(`${dashboard!.origin}/#/metrics`);
    await page.getByTestId("metrics-footnote").waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="metrics"][aria-busy="false"]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(artifacts, "dashboard-metrics.nl.png"), fullPage: true });

    left.dashboardMetrics = englishLeft(
      await wordsOn(page, "dashboard-metrics"),
      englishFragments(["dashboard", "view", "errors"]),
    );
    await context.close();
    expect(left.dashboardMetrics).toEqual([]);
  }, 120_000);
});
