/**
 * The walk's Gmail defects (issue 19), in the workbench, as a reader in New York and in Amsterdam:
 * the card's Claim runs through the add-on's callback and the API, with a notification and the
 * re-rendered card; "As of" in the reader's zone and Refresh; Snoozed offered with its picker;
 * Assign without duplicates or a preselected reader; the dark toggle darkens the pane and the card.
 */
import { createTestOrg, PASSWORD, type TestOrg } from "../../integration/support/fixtures";
import { apiBase } from "../../integration/support/stack";
import { launchChromium, type Browser } from "../../support/chromium";
import { startDevServer, type DevServer } from "../outlook/support/dev-server";
import { knownThread } from "../outlook/support/known-thread";
import type { Page } from "playwright-core";

let org: TestOrg;
let server: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  org = await createTestOrg("gmail-walk", { ana: "agent", ben: "agent", lee: "lead" });
  server = await startDevServer({
    BATON_API_BASE: await apiBase(),
    BATON_ORG: org.org,
    BATON_DEMO_MEMBERS: [org.email("ana"), org.email("lee")].join(","),
    BATON_DEMO_PASSWORD: PASSWORD,
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function workbenchAs(name: "ana" | "lee", timeZone: string): Promise<Page> {
  const context = await browser!.newContext({ timeZone });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server!.origin}/workbench.html`);
  await page.getByTestId("workbench-member").selectOption(org.email(name));
  await page.getByRole("button", { name: "Sign in" }).click();
  return page;
}

async function openCard(page: Page, subjectStart: string) {
  await page
    .getByRole("button", { name: new RegExp(subjectStart) })
    .first()
    .click();
  const card = page.getByTestId("gmail-card");
  await card.locator('[data-card-name="baton-conversation"]').waitFor({ timeout: 30_000 });
  return card;
}

/** A thread the API knows, with its subject (unique by its tag), which the demo inbox lists it by. */
async function orderThread() {
  const { key, item } = await knownThread(org);
  return { key, subject: item.subject };
}

const hhmm = (t: number, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    t,
  );

describe.each(["America/New_York", "Europe/Amsterdam"])(
  "the Gmail card in the workbench, read in %s",
  (zone) => {
    it("claims through the API by keyboard, with a notification and the re-rendered card; As of and Refresh; Snoozed", async () => {
      const { key, subject } = await orderThread();
      const page = await workbenchAs("ana", zone);
      await page
        .getByRole("button", { name: new RegExp(subject) })
        .first()
        .waitFor({ timeout: 30_000 });
      // This run's own thread: the other zone's run claimed an earlier one.
      const card = await openCard(page, subject);
      // The card is the one for a conversation the API knows and it is unclaimed.
      await card.getByText("Unclaimed").first().waitFor();
      const before = Date.now();
      await card.getByRole("button", { name: "Claim", exact: true }).focus();
      await page.keyboard.press("Enter");
      await card.getByRole("status").filter({ hasText: "Claimed. It's yours." }).waitFor({ timeout: 30_000 });
      await card.getByRole("button", { name: "Release", exact: true }).waitFor();
      // The claim went through the API: the conversation is Ana's.
      const stored = await fetch(`${await apiBase()}/conversations/${key}`, {
        headers: { authorization: `Bearer ${org.token("ana")}` },
      });
      expect(JSON.stringify(await stored.json())).toContain(org.email("ana"));

      const asOf = await card.getByText(/^As of /).innerText();
      const expected = [hhmm(before, zone), hhmm(Date.now(), zone)].map((t) => `As of ${t}`);
      expect(expected).toContain(asOf.trim());
      await card.getByRole("button", { name: "Refresh", exact: true }).click();
      await card.getByText(/^As of /).waitFor();

      const statuses = await card.locator('select[name="status"] option').allInnerTexts();
      expect(statuses).toContain("Snoozed");
      await card.locator('input[name="snoozeUntil"]').waitFor();
      await page.context().close();
    }, 120_000);

    it("offers each teammate once, nobody preselected; the dark toggle darkens the pane and the card", async () => {
      const { subject } = await orderThread();
      const page = await workbenchAs("lee", zone);
      await page
        .getByRole("button", { name: new RegExp(subject) })
        .first()
        .waitFor({ timeout: 30_000 });
      const card = await openCard(page, subject);
      const options = card.locator('select[name="assignee"] option');
      const values: string[] = [];
      for (let i = 0; i < (await options.count()); i += 1)
        values.push((await options.nth(i).getAttribute("value")) ?? "");
      expect(values.length).toBeGreaterThan(1);
      expect(new Set(values).size).toBe(values.length);
      const selected = await card.locator('select[name="assignee"]').inputValue();
      expect(selected).toBe("");

      await page.getByRole("button", { name: "Dark theme" }).click();
      // The theme lands with the next render: wait for it rather than read the style at once.
      const background =
        "getComputedStyle(document.querySelector('[data-testid=gmail-card] .gmail-card')).backgroundColor";
      await page
        .waitForFunction(`${background} === "rgb(31, 31, 31)"`, undefined, { timeout: 10_000 })
        .catch(() => undefined);
      expect(await page.evaluate<string>(background)).toBe("rgb(31, 31, 31)");
      const pane = page.frameLocator('iframe[title="Baton task pane for Outlook"]');
      const paneHtml = pane.locator("html[data-theme='dark']");
      await paneHtml.waitFor({ state: "attached", timeout: 30_000 });
      await page.context().close();
    }, 120_000);
  },
);
