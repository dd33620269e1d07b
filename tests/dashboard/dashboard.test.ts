/**
 * The dashboard in Chromium: sign-in against the Auth emulator, the live queue and a conversation's
 * explained timeline, a month of metrics from 50,000 generated conversations (charts, heatmap,
 * definitions, agent table) with the time it takes to show, dark mode, keyboard use, the CSV export,
 * and the settings form's validation. The API is a stand-in (stub-api.ts) computed with the shared
 * code; Firestore and Auth are the emulators. Screenshots: test-artifacts/dashboard/.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  accumulateRollups,
  DEFAULT_SLA_POLICY,
  rollupsOf,
  summarizeRollups,
  type MetricsResponse,
  type RollupSet,
} from "@baton/shared";
import { getApps, initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import type { Browser, Page } from "playwright-core";
import { launchHeadlessChromium } from "../support/chromium";
import { serveDashboard, type DashboardServer } from "../support/serve-dashboard";
import { generateMonth, MONTH_CALENDAR } from "../../shared/test/metrics/generate-month";
import { emulatorDb, PROJECT_ID } from "./support";
import { API_BASE, ME, stubApi, type StubLog } from "./stub-api";

const root = join(__dirname, "..", "..");
const dist = join(root, "dashboard", "dist");
const artifacts = join(root, "test-artifacts", "dashboard");
const CONVERSATIONS = Number(process.env.CONVERSATIONS ?? 50_000);

let server: DashboardServer;
let origin: string;
let browser: Browser;
let page: Page;
let log: StubLog;
const figures: Record<string, number> = {};

function monthMetrics(): MetricsResponse {
  const month = generateMonth(CONVERSATIONS, 2026);
  const rollups: RollupSet = new Map();
  for (const c of month) {
    accumulateRollups(
      rollups,
      rollupsOf(c.events, {
        mailboxId: c.mailboxId,
        policy: DEFAULT_SLA_POLICY,
        calendar: MONTH_CALENDAR,
      }).values(),
    );
  }
  const docs = [...rollups.values()].filter((d) => d.key.day >= "2026-10-01" && d.key.day <= "2026-10-31");
  return {
    from: "2026-10-01",
    to: "2026-10-31",
    mailbox: null,
    agent: null,
    summary: summarizeRollups(docs),
    documentsRead: docs.length,
  };
}

function serveDist(): Promise<DashboardServer> {
  const config = {
    target: "local",
    apiBase: API_BASE,
    firebase: { apiKey: "demo-key", authDomain: `${PROJECT_ID}.firebaseapp.com`, projectId: PROJECT_ID },
    demoMembers: [ME.email, "ana@demo.baton.test"],
    demoPassword: "demo-password",
    emulators: {
      auth: `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST ?? "127.0.0.1:9099"}`,
      firestore: process.env.FIRESTORE_EMULATOR_HOST ?? "127.0.0.1:8080",
    },
  };
  return serveDashboard(config);
}

async function seedEmulators(): Promise<void> {
  const app =
    getApps().find((a) => a.name === "dashboard-auth") ??
    initializeApp({ projectId: PROJECT_ID }, "dashboard-auth");
  const auth = getAuth(app);
  for (const email of [ME.email, "ana@demo.baton.test"]) {
    const user = await auth
      .getUserByEmail(email)
      .catch(() => auth.createUser({ email, password: "demo-password", emailVerified: true }));
    await auth.setCustomUserClaims(user.uid, { org: "demo" });
  }
  const db = emulatorDb();
  // The security rules take membership and role from the member document, not from claims.
  for (const [email, role] of [
    [ME.email, ME.role],
    ["ana@demo.baton.test", "agent"],
  ]) {
    await db.doc(`orgs/demo/members/${email}`).set({ email, name: email, role });
  }
  await db
    .doc("orgs/demo")
    .set({ name: "Demo", settings: { redaction: { enabled: true, patterns: [] }, retentionDays: 365 } });
  // As the seed stores them: windows as {from, to} maps (Firestore has no arrays in arrays).
  await db.doc("orgs/demo/mailboxes/support").set({
    address: "support@demo.baton.test",
    name: "Support",
    policy: DEFAULT_SLA_POLICY,
    calendar: {
      timeZone: "Europe/Amsterdam",
      weekly: { mon: [{ from: "09:00", to: "17:30" }] },
      holidays: ["2026-12-25"],
    },
    routing: { agents: [], onCall: "lead@demo.baton.test" },
  });
}

beforeAll(async () => {
  if (!existsSync(join(dist, "index.html")))
    throw new Error("Build the dashboard first: npm run build -w dashboard");
  mkdirSync(artifacts, { recursive: true });
  const metricsStart = performance.now();
  const metrics = monthMetrics();
  figures.summaryComputeMs = Math.round(performance.now() - metricsStart);
  figures.documentsInMonth = metrics.documentsRead;
  await seedEmulators();
  server = await serveDist();
  origin = server.origin;
  browser = await launchHeadlessChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 }, acceptDownloads: true });
  const queue = generateMonth(14, 99, 2);
  const nowMs = Math.max(...queue.flatMap((c) => c.events.map((e) => e.at))) + 3_600_000;
  log = await stubApi(page, { metrics, queue, nowMs });
  page.on("pageerror", (error) => {
    console.log(`page error: ${error.stack ?? error.message}`);
  });
  page.on("console", (m) => {
    if (m.type() === "error") console.log(`console: ${m.text()}`);
  });
});

afterAll(async () => {
  await browser.close();
  await server.close();
  console.log(`dashboard figures: ${JSON.stringify(figures)}`);
});

const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });

describe("the dashboard in Chromium", () => {
  it("signs a lead in through the Auth emulator and shows the live queue", async () => {
    await page.goto(origin);
    await page.getByRole("button", { name: ME.email }).click();
    await page.getByRole("heading", { name: "Live queue" }).waitFor();
    await page.getByTestId("backlog").waitFor();
    expect(await page.getByRole("region", { name: "Breached" }).isVisible()).toBe(true);
    expect(await page.locator("button.row").count()).toBeGreaterThan(0);
    await shot("queue");
  });

  it("opens a conversation's explained timeline, and Escape closes it", async () => {
    await page.locator("button.row").first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(/^ran /).first().waitFor();
    await dialog
      .getByText(/^held by /)
      .first()
      .waitFor();
    // One date style for the timeline and who held it ("Mon 23 Nov 13:20"), never the browser
    // locale's "Mon, Nov 23, 01:20 PM" beside it (issue 19).
    const stamp = String.raw`\w{3} \d{1,2} \w{3}( \d{4})? \d\d:\d\d`;
    const held = await dialog
      .getByText(/^held by /)
      .first()
      .innerText();
    expect(held).toMatch(new RegExp(`^held by \\S+ ${stamp} – ${stamp}$`));
    expect(await dialog.getByText(/^Target /).count()).toBeGreaterThan(0);
    expect(await dialog.getByRole("heading", { name: /First response/ }).count()).toBe(1);
    await shot("explain");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  it("switches tabs with the arrow keys and shows a month of metrics", async () => {
    await page.getByRole("tab", { name: "Queue" }).focus();
    const started = Date.now();
    await page.keyboard.press("ArrowRight");
    await page
      .getByTestId("metrics-footnote")
      .getByText(/shown in \d+ ms/)
      .waitFor();
    figures.tabToMetricsMs = Date.now() - started;
    const footnote = (await page.getByTestId("metrics-footnote").textContent()) ?? "";
    figures.requestAndRenderMs = Number(/shown in (\d+) ms/.exec(footnote)?.[1]);
    expect(await page.getByRole("tab", { name: "Metrics" }).getAttribute("aria-selected")).toBe("true");
    expect(footnote).toContain(`Read from ${figures.documentsInMonth} daily rollup documents`);
    expect(await page.locator(".uplot canvas").count()).toBe(2);
    expect(await page.locator(".heatmap td").count()).toBe(168);
    expect(await page.locator(".definition").count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator(".agents tbody tr").count()).toBeGreaterThan(3);
    await shot("metrics-light");
  });

  it("asks again when the filter changes", async () => {
    const before = log.metricsQueries.length;
    const asked = page.waitForRequest(
      (r) => r.url().includes("/metrics?") && r.url().includes("mailbox=support"),
    );
    await page.getByLabel("Mailbox").selectOption("support");
    expect((await asked).url()).toContain("from=");
    await page.getByTestId("metrics-footnote").waitFor();
    expect(log.metricsQueries.length).toBeGreaterThan(before);
  });

  it("follows the system's dark mode", async () => {
    const light = await page.evaluate<string>("getComputedStyle(document.body).backgroundColor");
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await page.evaluate<string>("getComputedStyle(document.body).backgroundColor");
    expect(dark).not.toBe(light);
    await shot("metrics-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("downloads the CSV export", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("baton-all.csv");
  });

  it("validates settings in the form before the server, and shows the server's refusal at the field", async () => {
    await page.getByRole("tab", { name: "Settings" }).click();
    const mon = page.getByLabel("Mon hours");
    await mon.waitFor();
    expect(await mon.inputValue()).toBe("09:00-17:30");
    // Targets are hours and minutes of business time (issue 19), 480 min shown as 8 h 0 min.
    expect(await page.getByLabel("low First response hours").inputValue()).toBe("8");
    await page.getByLabel("low First response hours").fill("ten");
    await page.getByRole("button", { name: "Save mailbox" }).click();
    await page.getByText(/whole hours and minutes/).waitFor();
    expect(log.puts).toHaveLength(0);
    await shot("settings-invalid");

    await page.getByLabel("low First response hours").fill("8");
    await page.getByRole("button", { name: "Save mailbox" }).click();
    await page.getByText(/^Saved\./).waitFor();
    expect(log.puts.at(-1)?.body).toMatchObject({ calendar: { weekly: { mon: [["09:00", "17:30"]] } } });

    await page.getByLabel("Members, in order").fill("ana@demo.baton.test, ben@demo.baton.test");
    await page.getByLabel("First week starts").fill("2026-10-05");
    await page.getByRole("button", { name: "Save escalation steps and rota" }).click();
    await page.getByText("Escalation steps and rota saved.").waitFor();
    expect(log.puts.at(-1)).toMatchObject({
      path: "/mailboxes/support/escalation",
      body: { rota: { members: ["ana@demo.baton.test", "ben@demo.baton.test"], handover: "09:00" } },
    });

    await page.getByLabel("Name", { exact: true }).fill("Refuse me");
    await page.getByRole("button", { name: "Save mailbox" }).click();
    await page.getByText("calendar: the server refused this calendar.").waitFor();
    await shot("settings-server-error");
  });
});
