/**
 * Issue 19's walk through the dashboard's numbers, as a lead in New York and in Amsterdam and as an
 * agent: the built dashboard in Chromium against the real API (functions emulator), Firestore and
 * Auth. Each test is a defect the walk found and fails on the dashboard before it: a Breached row
 * showing "no deadline" or the next deadline instead of what is overdue; per-agent attainment that
 * does not add up to the team's; a CSV counting breaches the card does not; per-day lines broken on
 * quiet days; "1 messages"; an agent's Export CSV failing with nothing on screen.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { CSV_COLUMNS } from "@baton/shared";
import {
  createTestOrg,
  makeThread,
  observe,
  PASSWORD,
  type TestOrg,
} from "../../integration/support/fixtures";
import { adminApp, apiBase, PROJECT_ID } from "../../integration/support/stack";
import { launchChromium, type Browser } from "../../support/chromium";
import { serveDashboard, type DashboardServer } from "../../support/serve-dashboard";

const NEW_YORK = "America/New_York";
const AMSTERDAM = "Europe/Amsterdam";
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

let org: TestOrg;
let server: DashboardServer;
let browser: Browser;
let started: number;
/** Local days of the mailbox (UTC): a range holding everything seeded but the oldest thread's start. */
let range: { from: string; to: string };

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A customer thread whose messages were sent `agoMs` ago (one each), plus a reply of Ana's. */
async function seedThread(customerAgo: number[], anaReplyAgo?: number): Promise<void> {
  const { messages } = makeThread(org.domain, "jo@customer.test", customerAgo.length, started);
  const timed = messages.map((m, i) => ({
    ...m,
    sentAt: new Date(started - (customerAgo[i] ?? 0)).toISOString(),
  }));
  if (anaReplyAgo !== undefined) {
    const last = timed[timed.length - 1]!;
    timed.push({
      messageId: `<reply.${last.messageId.slice(1)}`,
      inReplyTo: last.messageId,
      references: last.messageId,
      from: org.email("ana"),
      to: ["jo@customer.test"],
      subject: `Re: ${timed[0]!.subject}`,
      sentAt: new Date(started - anaReplyAgo).toISOString(),
    });
  }
  await observe(org, "ana", timed);
}

beforeAll(async () => {
  started = Date.now();
  org = await createTestOrg("walk-numbers", { ana: "agent", lee: "lead" });
  const { auth } = adminApp();
  for (const name of ["ana", "lee"]) {
    const user = await auth.getUserByEmail(org.email(name));
    await auth.setCustomUserClaims(user.uid, { org: org.org, role: name === "lee" ? "lead" : "agent" });
  }
  // The test mailbox is open round the clock in UTC, first response due in 4 h (TEST_POLICY, normal).
  await seedThread([6 * HOUR + 10 * MIN]); // A: first reply overdue by 2 h 10 min, nobody on it
  await seedThread([5 * HOUR], 30 * MIN); // B: Ana replied 30 min after the deadline
  await seedThread([20 * MIN], 10 * MIN); // C: Ana replied in time
  // D: first written 3 days ago (its breach long before the range), written again now.
  await seedThread([3 * DAY, 0]);
  range = { from: utcDay(started - 7 * HOUR), to: utcDay(started) };
  server = await serveDashboard({
    target: "local",
    apiBase: await apiBase(),
    firebase: { apiKey: "demo-key", authDomain: `${PROJECT_ID}.firebaseapp.com`, projectId: PROJECT_ID },
    demoMembers: [org.email("lee"), org.email("ana")],
    demoPassword: PASSWORD,
    emulators: {
      auth: `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST ?? ""}`,
      firestore: process.env.FIRESTORE_EMULATOR_HOST ?? "",
    },
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
  await server.close();
});

async function signedIn(
  timeZone: string,
  name: "lee" | "ana",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ timeZone, viewport: { width: 1500, height: 1000 } });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.origin);
  await page.getByRole("button", { name: org.email(name) }).click();
  await page.getByRole("heading", { name: "Live queue" }).waitFor();
  return { context, page };
}

async function showRange(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole("tab", { name: "Metrics" }).click();
  await page.getByTestId("metrics-footnote").waitFor();
  await page.getByLabel("To", { exact: true }).fill(to);
  const answered = page.waitForResponse(
    (r) => r.url().includes("/metrics?") && r.url().includes(`from=${from}`) && r.url().includes(`to=${to}`),
  );
  await page.getByLabel("From", { exact: true }).fill(from);
  await answered;
  await page.getByText("Loading metrics…").waitFor({ state: "detached" });
}

/** "first response (1 met, 2 breached)" on the attainment card, as numbers. */
async function cardAttainment(page: Page, clock: string): Promise<{ met: number; breached: number }> {
  const card = page.getByRole("article", { name: "SLA attainment" });
  const label = (await card.getByText(new RegExp(`^${clock} \\(`)).textContent()) ?? "";
  const [, met, breached] = /\((\d+) met, (\d+) breached\)/.exec(label) ?? [];
  return { met: Number(met), breached: Number(breached) };
}

async function rowCounts(page: Page, agent: string, column: number): Promise<[number, number]> {
  const cell = page.locator(`.agents tr[data-agent="${agent}"] td`).nth(column);
  const [, met, breached] = /(\d+) met, (\d+) breached/.exec((await cell.textContent()) ?? "") ?? [];
  return [Number(met), Number(breached)];
}

describe.each([NEW_YORK, AMSTERDAM])("a lead reading the dashboard in %s", (zone) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await signedIn(zone, "lee"));
  }, 60_000);
  afterAll(async () => {
    await context.close();
  });

  it("reads in the Breached section what is overdue and by how much", async () => {
    const breached = page.getByRole("region", { name: "Breached" });
    await breached.locator("button.row").first().waitFor();
    const rows = (await breached.locator(".meta").allTextContents()).join("\n");
    expect(rows).toMatch(/First reply overdue by 2 h 1\d min/);
    expect(rows).toContain("First reply was 30 min late");
    expect(rows).toMatch(/First reply overdue by 2 d 2\d h/);
    expect(rows).not.toMatch(/no deadline|due in|left/i);
  });

  it("says '1 message', not '1 messages'", async () => {
    const breached = page.getByRole("region", { name: "Breached" });
    await breached.locator("button.row", { hasText: /overdue by 2 h/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(/· 1 message$/).waitFor();
    expect(await dialog.textContent()).not.toContain("1 messages");
    await page.keyboard.press("Escape");
  });

  it("shows per-agent rows, Unassigned included, that add up to the team's attainment", async () => {
    await showRange(page, range.from, range.to);
    const team = await cardAttainment(page, "first response");
    // C met by Ana; A and B breached while nobody held them; D's breach is days before the range.
    expect(team).toEqual({ met: 1, breached: 2 });
    const firstResponseColumn = 4;
    const ana = await rowCounts(page, org.email("ana"), firstResponseColumn);
    const unassigned = await rowCounts(page, "_unassigned", firstResponseColumn);
    expect(await rowCounts(page, "team", firstResponseColumn)).toEqual([team.met, team.breached]);
    expect([ana[0] + unassigned[0], ana[1] + unassigned[1]]).toEqual([team.met, team.breached]);
    expect(await page.locator('.agents tr[data-agent="team"]').textContent()).toContain("33.3%");
  });

  it("draws quiet days at zero on the per-day lines", async () => {
    const from = utcDay(started - 6 * DAY);
    await showRange(page, from, range.to);
    const volume = page.getByTestId("chart-Volume per day");
    const quiet = utcDay(started - 5 * DAY);
    expect(await volume.locator(`tr[data-day="${quiet}"] td`).allTextContents()).toEqual(["0", "0", "0"]);
    // D's first message, three days ago, is that day's one new conversation.
    expect(
      await volume
        .locator(`tr[data-day="${utcDay(started - 3 * DAY)}"] td`)
        .first()
        .textContent(),
    ).toBe("1");
    // A median of nothing is no value, not 0 h.
    const firstResponse = page.getByTestId("chart-First response per day");
    expect(await firstResponse.locator(`tr[data-day="${quiet}"] td`).first().textContent()).toBe("—");
  });
});

describe("the CSV and the cards", () => {
  it("count the same breaches for the same range", async () => {
    const { context, page } = await signedIn(AMSTERDAM, "lee");
    try {
      await showRange(page, range.from, range.to);
      const card = await cardAttainment(page, "first response");
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Export CSV" }).click();
      const lines = readFileSync(await (await download).path(), "utf8")
        .trim()
        .split("\r\n")
        .slice(1);
      const column = CSV_COLUMNS.indexOf("first_response_sla");
      const outcomes = lines.map((line) => line.split(",")[column]);
      // Four conversations were active in the range (D too), but only A's and B's breaches happened in it.
      expect(lines).toHaveLength(4);
      expect(outcomes.filter((o) => o === "breached")).toHaveLength(card.breached);
      expect(outcomes.filter((o) => o === "met")).toHaveLength(card.met);
    } finally {
      await context.close();
    }
  });
});

describe("an agent on the Metrics tab", () => {
  it("reads a sentence instead of an Export CSV button that fails in the console", async () => {
    const { context, page } = await signedIn(NEW_YORK, "ana");
    try {
      await page.getByRole("tab", { name: "Metrics" }).click();
      await page
        .getByTestId("metrics-refused")
        .getByText(/leads and admins/)
        .waitFor();
      expect(await page.getByTestId("metrics-refused").textContent()).toContain("Your role (agent)");
      expect(await page.getByRole("button", { name: "Export CSV" }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
