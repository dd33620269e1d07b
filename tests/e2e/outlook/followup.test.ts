/**
 * The Outlook pane's follow-up (issue 17) end to end: the real build (outlook-addin/dist) over the
 * Outlook stand-in, in Chromium, against the emulators. Ana sets "Remind me if no reply by" from the
 * pane, by keyboard on a typed time and then by "Next business morning"; the follow-up sweep fires it
 * on the emulator's clock; the pane, with nobody touching it, says "Follow-up due" from the live
 * snapshot; Clear takes it away. Snoozing until the next business morning, from the status picker,
 * ends the same way: "Snooze ended", back to Open.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { localInputValue } from "@baton/shared/view";
import type { ConversationResponse } from "@baton/shared";
import { createTestOrg, PASSWORD, type TestOrg } from "../../integration/support/fixtures";
import { apiBase, call } from "../../integration/support/stack";
import { paneFragment } from "../../../workbench/src/thread-item";
import { launchChromium, type Browser } from "../../support/chromium";
import { startDevServer, type DevServer } from "./support/dev-server";
import { knownThread } from "./support/known-thread";

const artifacts = join(__dirname, "..", "..", "..", "test-artifacts", "outlook");
mkdirSync(artifacts, { recursive: true });
const HOUR = 3_600_000;

let org: TestOrg;
let server: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  org = await createTestOrg("outlook-followup", { ana: "agent" });
  server = await startDevServer({
    BATON_API_BASE: await apiBase(),
    BATON_DEMO_MEMBERS: org.email("ana"),
    BATON_DEMO_PASSWORD: PASSWORD,
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function conversation(key: string): Promise<ConversationResponse> {
  const reply = await call<ConversationResponse>(org.token("ana"), "GET", `/conversations/${key}`);
  if (reply.status !== 200) throw new Error(`GET /conversations/${key}: ${reply.status} ${reply.text}`);
  return reply.body;
}

/** The emulator-only follow-up sweep at `now`, for this org only (as tests/integration/followups). */
async function sweep(now: number): Promise<{ due: number; woken: number }> {
  const base = (await apiBase()).replace(/\/api\/v1$/, "");
  const response = await fetch(`${base}/followUpSweepNow?now=${now}&org=${encodeURIComponent(org.org)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { due: number; woken: number };
}

const line = (page: Page) => page.getByTestId("followup");

/** Ana's pane on the stand-in's item for the thread, loaded. */
async function openPane(item: Awaited<ReturnType<typeof knownThread>>["item"]): Promise<Page> {
  const context = await browser!.newContext();
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => {
    console.error(`[ana] ${error.message}`);
  });
  await page.goto(`${server!.origin}/workbench-pane.html#${paneFragment(item, org.email("ana"), "light")}`);
  await page.getByTestId("owner").waitFor({ timeout: 30_000 });
  return page;
}

it("sets a follow-up from the pane and shows 'Follow-up due' live when it fires", async () => {
  const { key, item } = await knownThread(org);
  const page = await openPane(item);
  expect(await line(page).count()).toBe(0);

  // A typed time, on the mailbox's clock as the label says, sent with Enter.
  const zone = (await conversation(key)).view.timeZone;
  const typedAt = Date.now() + 2 * HOUR;
  const field = page.getByLabel(/^Remind me if no reply by \(.+ time\)$/);
  await field.fill(localInputValue(typedAt, zone));
  await field.press("Enter");
  await line(page)
    .filter({ hasText: /^Reminder .+ if no reply/ })
    .waitFor({ timeout: 10_000 });
  const typed = (await conversation(key)).conversation.followUp;
  // The field holds minutes: the reminder is the typed minute on the mailbox's wall clock.
  expect(typed?.dueAt).toBe(Math.floor(typedAt / 60_000) * 60_000);

  // The next business morning, which the server resolves on the mailbox's calendar, replaces it.
  // The sentence alone: the region's text also holds Clear on its own line, which hasNotText's
  // substring match never finds whole, so waiting on all of it returned at once (a race).
  const before = (await line(page).innerText()).split("\n")[0]!.trim();
  await page.getByRole("button", { name: "Remind me if no reply by next business morning" }).click();
  await line(page).filter({ hasNotText: before }).waitFor({ timeout: 10_000 });
  const dueAt = (await conversation(key)).conversation.followUp?.dueAt;
  expect(dueAt).toBeGreaterThan(Date.now());
  expect(dueAt).not.toBe(typed?.dueAt);
  await page.screenshot({ path: join(artifacts, "followup-set.png") });

  // Nothing fires early; at dueAt the sweep puts it back in the queue and the pane says so, live.
  expect(await sweep(dueAt! - 1_000)).toMatchObject({ due: 0 });
  expect(await sweep(dueAt! + 1_000)).toMatchObject({ due: 1, woken: 1 });
  await line(page)
    .filter({ hasText: /^Follow-up due/ })
    .waitFor({ timeout: 5_000 });
  expect((await conversation(key)).conversation).toMatchObject({ status: "open" });
  await page.screenshot({ path: join(artifacts, "followup-due.png") });

  // Clear drops the marker; the line goes.
  await page.getByRole("button", { name: "Clear the follow-up" }).click();
  await line(page).waitFor({ state: "detached", timeout: 10_000 });
  expect((await conversation(key)).conversation.followUpDue).toBeUndefined();
  await page.context().close();
});

it("snoozes until the next business morning beside the typed date, and says 'Snooze ended' when it does", async () => {
  const { key, item } = await knownThread(org);
  const page = await openPane(item);
  await page.getByRole("combobox", { name: "Status" }).selectOption("snoozed");
  await page.getByRole("button", { name: "Snooze until next business morning" }).click();
  // The form closes once the server accepted; the menu shows the server's status.
  await page
    .getByRole("button", { name: "Snooze until next business morning" })
    .waitFor({ state: "detached" });
  expect(await page.getByRole("combobox", { name: "Status" }).inputValue()).toBe("snoozed");
  const snoozed = (await conversation(key)).conversation;
  expect(snoozed.status).toBe("snoozed");
  expect(snoozed.snoozedUntil).toBeGreaterThan(Date.now());

  expect(await sweep(snoozed.snoozedUntil! + 1_000)).toMatchObject({ due: 1, woken: 1 });
  await line(page)
    .filter({ hasText: /^Snooze ended/ })
    .waitFor({ timeout: 5_000 });
  expect(await page.getByRole("combobox", { name: "Status" }).inputValue()).toBe("open");
  await page.context().close();
});
