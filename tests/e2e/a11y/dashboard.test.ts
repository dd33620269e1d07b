/**
 * Issue 18's "Done when" for the dashboard: axe-core (WCAG 2.1 AA) finds nothing on its three
 * screens (queue, metrics, settings), as an admin with a thread in the queue; and the tabs are reached
 * by keyboard, in order, with a visible focus ring. One browser, one context, the built dashboard.
 */
import type { Page } from "playwright-core";
import { createTestOrg, PASSWORD, type TestOrg } from "../../integration/support/fixtures";
import { adminApp, apiBase, PROJECT_ID } from "../../integration/support/stack";
import { launchChromium, type Browser } from "../../support/chromium";
import { serveDashboard, type DashboardServer } from "../../support/serve-dashboard";
import { knownThread } from "../outlook/support/known-thread";
import { expectNoViolations } from "./axe";

let org: TestOrg;
let server: DashboardServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  org = await createTestOrg("a11y-dashboard", { root: "admin", ana: "agent" });
  const { auth } = adminApp();
  const root = await auth.getUserByEmail(org.email("root"));
  await auth.setCustomUserClaims(root.uid, { org: org.org, role: "admin" });
  await knownThread(org);
  server = await serveDashboard({
    target: "local",
    apiBase: await apiBase(),
    firebase: { apiKey: "demo-key", authDomain: `${PROJECT_ID}.firebaseapp.com`, projectId: PROJECT_ID },
    demoMembers: [org.email("root")],
    demoPassword: PASSWORD,
    emulators: {
      auth: `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST ?? ""}`,
      firestore: process.env.FIRESTORE_EMULATOR_HOST ?? "",
    },
  });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/`);
  await expectNoViolations(page, "the dashboard's sign-in");
  await page.getByRole("button", { name: org.email("root") }).click();
  await page.getByRole("tab").first().waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("axe-core over the dashboard (WCAG 2.1 AA)", () => {
  it("finds nothing on the queue", async () => {
    await page.getByTestId("backlog").waitFor({ timeout: 30_000 });
    await expectNoViolations(page, "the dashboard's queue");
  });

  it("finds nothing on the metrics", async () => {
    await page.goto(`${server!.origin}/#/metrics`);
    await page.locator('[data-testid="metrics"][aria-busy="false"]').waitFor({ timeout: 30_000 });
    await expectNoViolations(page, "the dashboard's metrics");
  });

  it("finds nothing on the settings", async () => {
    await page.goto(`${server!.origin}/#/settings`);
    await page.getByRole("button", { name: "Save mailbox" }).waitFor({ timeout: 30_000 });
    await expectNoViolations(page, "the dashboard's settings");
  });
});

describe("the dashboard by keyboard", () => {
  it("reaches the tabs with Tab and the arrow keys, with a visible focus ring", async () => {
    await page.goto(`${server!.origin}/#/queue`);
    await page.getByTestId("backlog").waitFor({ timeout: 30_000 });
    const tab = page.getByRole("tab", { name: "Queue" });
    await tab.focus();
    await page.keyboard.press("ArrowRight");
    const focused = await page.evaluate<{ name: string; outline: string; shadow: string }>(`(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { name: el.textContent.trim(), outline: style.outlineStyle + " " + style.outlineWidth, shadow: style.boxShadow };
    })()`);
    expect(focused.name).toBe("Metrics");
    // A visible ring: an outline of some width, or a box-shadow standing in for it.
    expect(focused.outline !== "none 0px" || focused.shadow !== "none").toBe(true);
  });
});
