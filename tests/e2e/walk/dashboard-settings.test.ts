/**
 * Issue 19's walk through the dashboard's settings, as an admin in New York and in Amsterdam: the
 * built dashboard in Chromium against the real API (functions emulator), Firestore and Auth. Each
 * test is a defect the walk found and fails on the dashboard before it: escalation rules as a raw
 * JSON box; SLA targets typed in minutes (2400); on-call accepting an address outside the org; a
 * holiday in 2020 saved silently; role menus applying on selection; reload returning to Queue.
 */
import type { BrowserContext, Page } from "playwright-core";
import { createTestOrg, PASSWORD, type TestOrg } from "../../integration/support/fixtures";
import { adminApp, apiBase, PROJECT_ID } from "../../integration/support/stack";
import { launchChromium, type Browser } from "../../support/chromium";
import { serveDashboard, type DashboardServer } from "../../support/serve-dashboard";

const NEW_YORK = "America/New_York";
const AMSTERDAM = "Europe/Amsterdam";

let org: TestOrg;
let server: DashboardServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  org = await createTestOrg("walk-settings", { root: "admin", ana: "agent" });
  const { auth } = adminApp();
  for (const [name, role] of [
    ["root", "admin"],
    ["ana", "agent"],
  ] as const) {
    const user = await auth.getUserByEmail(org.email(name));
    await auth.setCustomUserClaims(user.uid, { org: org.org, role });
  }
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
  ({ context, page } = await signedIn(NEW_YORK, "#/settings"));
}, 120_000);

afterAll(async () => {
  await browser.close();
  await server.close();
});

async function signedIn(timeZone: string, hash = ""): Promise<{ context: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ timeZone, viewport: { width: 1400, height: 1000 } });
  const p = ctx.pages()[0] ?? (await ctx.newPage());
  p.on("pageerror", (error) => {
    console.log(`page error: ${error.stack ?? error.message}`);
  });
  await p.goto(`${server.origin}/${hash}`);
  await p.getByRole("button", { name: org.email("root") }).click();
  await p.getByRole("tab").first().waitFor();
  return { context: ctx, page: p };
}

/** An attribute of the focused element (the test's tsconfig has no DOM types, so the script is text). */
const focused = (attribute: string) =>
  page.evaluate<string | null>(`document.activeElement?.getAttribute(${JSON.stringify(attribute)}) ?? null`);

const mailboxDoc = () => adminApp().db.doc(`orgs/${org.org}/mailboxes/support`).get();

describe("settings as forms (New York)", () => {
  it("opens the tab the URL names", async () => {
    expect(await page.getByRole("tab", { name: "Settings" }).getAttribute("aria-selected")).toBe("true");
    await page.getByRole("button", { name: "Save mailbox" }).waitFor();
  });

  it("takes a target typed as 40 h, saves 2400 minutes, and shows 40 h back after a reload", async () => {
    await page.getByLabel("normal Resolution hours").fill("40");
    await page.getByLabel("normal Resolution minutes").fill("0");
    expect(await page.getByText("business time", { exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Save mailbox" }).click();
    await page.getByText(/^Saved\./).waitFor();
    expect((await mailboxDoc()).get("policy.tiers.normal.resolutionMinutes")).toBe(2400);
    await page.reload();
    await page.getByRole("button", { name: "Save mailbox" }).waitFor();
    expect(await page.getByLabel("normal Resolution hours").inputValue()).toBe("40");
    expect(await page.getByLabel("normal Resolution minutes").inputValue()).toBe("0");
  });

  it("refuses an on-call outside the org at the field, with one mark and a count of one", async () => {
    await page.getByLabel("On call (email)").fill("mallory@elsewhere.test");
    await page.getByRole("button", { name: "Save mailbox" }).click();
    const mark = page.locator('[id="err-routing.onCall"]');
    await mark.waitFor();
    expect(await mark.textContent()).toContain("mallory@elsewhere.test is not a member of this organisation");
    expect(await page.getByText("Not saved: fix the field marked above.").count()).toBe(1);
    expect(await page.locator(".mailbox-form .field-error").count()).toBe(1);
    expect((await mailboxDoc()).get("routing.onCall")).toBeNull();
    await page.getByLabel("On call (email)").fill("");
  });

  it("marks reversed hours on their weekday, not under the holidays", async () => {
    await page.getByLabel("Thu hours").fill("17:00-09:00");
    await page.getByRole("button", { name: "Save mailbox" }).click();
    const mark = page.locator('[id="err-calendar.weekly.thu"]');
    await mark.waitFor();
    expect(await mark.textContent()).toMatch(/must end after it starts/);
    expect(await page.locator('[id="err-calendar.holidays"]').count()).toBe(0);
    expect(await page.getByText("Not saved: fix the field marked above.").count()).toBe(1);
    await page.getByLabel("Thu hours").fill("00:00-24:00");
  });

  it("warns about a holiday in the past", async () => {
    await page.getByLabel("Holidays (one date per line)").fill("2020-12-25");
    const warning = page.locator(".field-warning");
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/2020-12-25 is in the past and will change no deadline/);
    await page.getByLabel("Holidays (one date per line)").fill("");
  });

  it("adds an escalation step by form (no JSON box) and saves it", async () => {
    expect(await page.locator("textarea").filter({ hasText: '"rules"' }).count()).toBe(0);
    await page.getByRole("button", { name: "Add step" }).click();
    const steps = await page.locator("li.step").count();
    const name = `Step ${steps}`;
    // The new step's name field has focus, so a keyboard user can go on typing.
    expect(await focused("id")).toBe(`step-name-${steps - 1}`);
    await page.getByLabel(`${name} hours`).fill("2");
    await page.getByLabel(`${name} minutes`).fill("30");
    await page.getByRole("button", { name: "Save escalation steps and rota" }).click();
    await page.getByText("Escalation steps and rota saved.").waitFor();
    const stored = await adminApp().db.doc(`orgs/${org.org}/escalations/support`).get();
    const rules = stored.get("policy.rules") as Array<{ trigger: string; afterMinutes?: number }>;
    expect(rules[rules.length - 1]).toMatchObject({ trigger: "still_breached", afterMinutes: 150 });
  });

  it("asks before changing a role; Escape keeps the role and returns focus to the menu", async () => {
    const menu = page.getByLabel(`Role of ${org.email("ana")}`);
    const role = async () =>
      (
        await adminApp()
          .db.doc(`orgs/${org.org}/members/${org.email("ana")}`)
          .get()
      ).get("role") as string;
    await menu.selectOption("lead");
    const dialog = page.getByRole("dialog", { name: "Change role?" });
    await dialog.waitFor();
    expect(await role()).toBe("agent");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await menu.inputValue()).toBe("agent");
    expect(await focused("aria-label")).toBe(`Role of ${org.email("ana")}`);
    expect(await role()).toBe("agent");
    await menu.selectOption("lead");
    await dialog.getByRole("button", { name: "Make lead" }).click();
    await page.getByText(`${org.email("ana")} is now lead.`).waitFor();
    expect(await role()).toBe("lead");
  });
});

describe("per-tab URLs (Amsterdam)", () => {
  it("keeps the tab across a reload", async () => {
    await context.close();
    ({ context, page } = await signedIn(AMSTERDAM));
    await page.getByRole("tab", { name: "Metrics" }).click();
    expect(new URL(page.url()).hash).toBe("#/metrics");
    await page.reload();
    await page.getByRole("tab", { name: "Metrics" }).waitFor();
    expect(await page.getByRole("tab", { name: "Metrics" }).getAttribute("aria-selected")).toBe("true");
    await context.close();
  });
});
