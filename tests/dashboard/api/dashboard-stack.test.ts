/**
 * The dashboard end to end on the local stack: the built app in Chromium against the real API
 * (functions emulator), Firestore and Auth. A lead signs in, sees the queue the API serves, opens a
 * conversation's explained timeline, reads today's metrics from rollups the API maintained, and
 * downloads the CSV. Runs in the integration suite's `emulators:exec` (with tests/dashboard/api).
 * Screenshots: test-artifacts/dashboard/stack-*.png.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchHeadlessChromium } from "../../support/chromium";
import { serveDashboard, type DashboardServer } from "../../support/serve-dashboard";
import {
  createTestOrg,
  makeThread,
  observe,
  PASSWORD,
  requestId,
  type TestOrg,
} from "../../integration/support/fixtures";
import { adminApp, apiBase, call, PROJECT_ID } from "../../integration/support/stack";

const root = join(__dirname, "..", "..", "..");
const dist = join(root, "dashboard", "dist");
const artifacts = join(root, "test-artifacts", "dashboard");

let org: TestOrg;
let server: DashboardServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(join(dist, "index.html")))
    throw new Error("Build the dashboard first: npm run build -w dashboard");
  mkdirSync(artifacts, { recursive: true });
  org = await createTestOrg("dashboard", { ana: "agent", lee: "lead" });
  // Security rules read the org from custom claims (the exchange sets them in production).
  const { auth } = adminApp();
  for (const name of ["ana", "lee"]) {
    const user = await auth.getUserByEmail(org.email(name));
    await auth.setCustomUserClaims(user.uid, { org: org.org, role: name === "lee" ? "lead" : "agent" });
  }
  const threads = [0, 1, 2].map((i) =>
    makeThread(org.domain, `customer${i}@example.com`, 1, Date.now() - (40 - i * 10) * 60_000),
  );
  const keys: string[] = [];
  for (const thread of threads) keys.push((await observe(org, "ana", thread.messages)).conversation.key);
  await call(org.token("ana"), "POST", `/conversations/${keys[0] ?? ""}/claim`, { requestId: requestId() });
  await call(org.token("ana"), "POST", `/conversations/${keys[1] ?? ""}/status`, {
    status: "resolved",
    requestId: requestId(),
  });

  const hosts = {
    auth: process.env.FIREBASE_AUTH_EMULATOR_HOST ?? "",
    firestore: process.env.FIRESTORE_EMULATOR_HOST ?? "",
  };
  server = await serveDashboard({
    target: "local",
    apiBase: await apiBase(),
    firebase: { apiKey: "demo-key", authDomain: `${PROJECT_ID}.firebaseapp.com`, projectId: PROJECT_ID },
    demoMembers: [org.email("lee"), org.email("ana")],
    demoPassword: PASSWORD,
    emulators: { auth: `http://${hosts.auth}`, firestore: hosts.firestore },
  });
  browser = await launchHeadlessChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 }, acceptDownloads: true });
  await page.goto(server.origin);
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe("the dashboard on the local stack", () => {
  it("shows the lead the queue the API serves, and a conversation's explained timeline", async () => {
    await page.getByRole("button", { name: org.email("lee") }).click();
    await page.getByTestId("backlog").getByText("2").first().waitFor();
    // Two open conversations: one Ana owns, one nobody does (the third is resolved).
    expect(await page.locator("button.row").count()).toBe(2);
    expect(await page.getByRole("region", { name: org.email("ana") }).isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, "stack-queue.png"), fullPage: true });
    await page.locator("button.row").first().click();
    await page.getByRole("dialog").getByText(/^ran /).first().waitFor();
    await page.screenshot({ path: join(artifacts, "stack-explain.png"), fullPage: true });
    await page.keyboard.press("Escape");
  });

  it("reads today's metrics from the rollups the API kept", async () => {
    await page.getByRole("tab", { name: "Metrics" }).click();
    const footnote = page.getByTestId("metrics-footnote");
    await footnote.getByText(/shown in \d+ ms/).waitFor();
    const newCard = page.getByRole("article", { name: "New conversations" });
    expect(await newCard.locator(".figure .value").first().textContent()).toBe("3");
    const resolved = page.getByRole("article", { name: "Resolved" });
    expect(await resolved.locator(".figure .value").first().textContent()).toBe("1");
    expect(await footnote.textContent()).toMatch(/Read from \d+ daily rollup documents/);
    await page.screenshot({ path: join(artifacts, "stack-metrics.png"), fullPage: true });
  });

  it("downloads the export as a CSV file named by the API", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^baton-all-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await file.path(), "utf8");
    expect(text.trim().split("\r\n")).toHaveLength(4);
  });

  it("shows an agent that metrics are for leads, in a sentence", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: org.email("ana") }).click();
    await page.getByRole("tab", { name: "Metrics" }).click();
    await page
      .getByRole("alert")
      .getByText(/leads and admins/)
      .waitFor();
  });
});
