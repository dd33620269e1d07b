/**
 * Issue 18's "Done when" for the sidebars: axe-core (WCAG 2.1 AA) finds nothing in the workbench with
 * the Outlook pane (its iframe, light and dark) and the Gmail card preview open on a thread; the
 * pane's live regions announce a claim once and do not change on the countdown's ticks; every clock
 * has a text equivalent and says its state in words, not colour alone. One browser, one context.
 */
import type { Frame, Page } from "playwright-core";
import { createTestOrg, PASSWORD, type TestOrg } from "../../integration/support/fixtures";
import { apiBase } from "../../integration/support/stack";
import { launchChromium, type Browser } from "../../support/chromium";
import { startDevServer, type DevServer } from "../outlook/support/dev-server";
import { knownThread } from "../outlook/support/known-thread";
import { expectNoViolations } from "./axe";

let org: TestOrg;
let server: DevServer | undefined;
let browser: Browser | undefined;
let page: Page;
let pane: Frame;

beforeAll(async () => {
  org = await createTestOrg("a11y-sidebars", { ana: "agent" });
  const {
    item: { subject },
  } = await knownThread(org);
  server = await startDevServer({
    BATON_API_BASE: await apiBase(),
    BATON_ORG: org.org,
    BATON_DEMO_MEMBERS: org.email("ana"),
    BATON_DEMO_PASSWORD: PASSWORD,
  });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
  page = context.pages()[0] ?? (await context.newPage());
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`${server.origin}/workbench.html`);
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
  const frame = await (await page.locator("section.wb-panel iframe").elementHandle()).contentFrame();
  if (frame === null) throw new Error("The task pane did not load.");
  pane = frame;
  await pane.getByTestId("owner").waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The texts of every live region in the pane (aria-live, role=status/alert), in document order. */
const LIVE_TEXTS = `[...document.querySelectorAll('[aria-live]:not([aria-live="off"]),[role="status"],[role="alert"]')]
  .map((element) => element.textContent.trim())`;

describe("axe-core over the sidebars (WCAG 2.1 AA)", () => {
  it("finds nothing in the workbench, the Outlook pane and the Gmail card, light", async () => {
    await expectNoViolations(page, "the workbench with the pane and the Gmail card (light)");
  });

  it("finds nothing once the workbench and the pane are dark", async () => {
    await page.getByRole("button", { name: "Dark theme" }).click();
    await pane.waitForFunction("document.documentElement.dataset.theme === 'dark'", undefined, {
      timeout: 10_000,
    });
    await expectNoViolations(page, "the workbench with the pane and the Gmail card (dark)");
    await page.getByRole("button", { name: "Light theme" }).click();
  });
});

describe("what the pane says without colour or sight", () => {
  it("gives every clock a text equivalent that names its state in words", async () => {
    const clocks = await pane.evaluate<{ tone: string; said: string }[]>(`
      [...document.querySelectorAll("li.clock")].map((li) => ({
        tone: li.dataset.tone,
        said: li.querySelector(".sr-only")?.textContent ?? "",
      }))`);
    expect(clocks.length).toBeGreaterThan(0);
    for (const clock of clocks) expect(clock.said).toMatch(/\w+: \S/);
  });

  it("announces a claim once, and the live regions keep still across three countdown ticks", async () => {
    await pane.getByRole("button", { name: "Claim" }).click();
    await pane.getByTestId("owner").filter({ hasText: /^You/ }).waitFor({ timeout: 10_000 });
    const afterClaim = await pane.evaluate<string[]>(LIVE_TEXTS);
    expect(afterClaim.join("\n")).toMatch(/You/);
    const ticks = await pane.evaluate<string[]>(`
      [...document.querySelectorAll("[data-testid^='clock-']")].map((el) => el.textContent)`);
    // Three ticks of the visible countdown (one a second): the visible text may move, the regions may not.
    await pane.waitForTimeout(3_200);
    const later = await pane.evaluate<string[]>(LIVE_TEXTS);
    expect(later).toEqual(afterClaim);
    expect(ticks.length).toBeGreaterThan(0);
  });
});
