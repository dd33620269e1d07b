/**
 * The Outlook task pane end to end: the real build (outlook-addin/dist) over the Outlook stand-in, in
 * Debian's Chromium, against the Firebase emulators (Auth, Firestore, Functions). Each test makes its
 * own org, members and thread through the admin SDK and the API; nothing depends on the demo seed.
 * As in a real tenant, the agent signs in as themselves (ana@) and the items live in support@.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page, Request } from "playwright-core";
import { createTestOrg, PASSWORD, type TestOrg } from "../../integration/support/fixtures";
import { apiBase } from "../../integration/support/stack";
import {
  paneFragment,
  privateItemFor,
  standinItemFor,
  type StandinClient,
} from "../../../workbench/src/thread-item";
import { launchChromium, type Browser } from "../../support/chromium";
import { startDevServer, type DevServer } from "./support/dev-server";
import { knownThread } from "./support/known-thread";

const artifacts = join(__dirname, "..", "..", "..", "test-artifacts", "outlook");
mkdirSync(artifacts, { recursive: true });

let org: TestOrg;
let server: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  org = await createTestOrg("outlook-e2e", { ana: "agent", ben: "agent" });
  server = await startDevServer({
    BATON_API_BASE: await apiBase(),
    BATON_DEMO_MEMBERS: [org.email("ana"), org.email("ben")].join(","),
    BATON_DEMO_PASSWORD: PASSWORD,
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A customer's thread the API already knows, as the stand-in's item in support@ (written to `to`). */
const newThread = (to?: string) => knownThread(org, to);

/** The pane's requests about threads: what must never leave the client for a private one. */
interface Sent {
  observe: { mailbox: string }[];
  presence: number;
}

function watchRequests(page: Page): Sent {
  const sent: Sent = { observe: [], presence: 0 };
  page.on("request", (request: Request) => {
    if (request.method() !== "POST") return;
    const path = new URL(request.url()).pathname;
    if (path.endsWith("/conversations/observe"))
      sent.observe.push(JSON.parse(request.postData() ?? "{}") as { mailbox: string });
    if (path.endsWith("/presence")) sent.presence += 1;
  });
  return sent;
}

async function loadPane(
  name: "ana" | "ben",
  item: ReturnType<typeof standinItemFor>,
  client: StandinClient = {},
): Promise<{ page: Page; sent: Sent }> {
  const context = await browser!.newContext();
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => {
    console.error(`[${name}] ${error.message}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      console.warn(`[${name}] ${message.text()}`);
  });
  const sent = watchRequests(page);
  await page.goto(
    `${server!.origin}/workbench-pane.html#${paneFragment(item, org.email(name), "light", client)}`,
  );
  return { page, sent };
}

async function openPane(name: "ana" | "ben", item: ReturnType<typeof standinItemFor>): Promise<Page> {
  const { page } = await loadPane(name, item);
  await page.getByTestId("owner").waitFor({ timeout: 30_000 });
  return page;
}

/** The conversation key the pane shows (App sets body[data-ready] once owner and countdown render). */
const readyKey = (page: Page) => page.locator("body").getAttribute("data-ready");

const owner = (page: Page) => page.getByTestId("owner").innerText();

describe("the Outlook task pane, two agents live", () => {
  it("shows a claim to the other agent within 2 s, and the countdown ticks", async () => {
    const { item } = await newThread();
    const [ana, ben] = [await openPane("ana", item), await openPane("ben", item)];
    expect(await owner(ana)).toBe("Unclaimed");
    expect(await owner(ben)).toBe("Unclaimed");

    // The countdown shows and ticks every second, locally.
    const clock = ben.getByTestId("clock-first_response");
    const first = await clock.innerText();
    expect(first).toMatch(/^Reply by .* — (\d+ (d|h|min|s) ?)+left/);
    await ben.waitForTimeout(1500);
    expect(await clock.innerText()).not.toBe(first);

    const clicked = Date.now();
    await ana.getByRole("button", { name: "Claim" }).click();
    await ben.getByTestId("owner").filter({ hasText: /^Ana/ }).waitFor({ timeout: 2_000 });
    const seenAfterMs = Date.now() - clicked;
    expect(await owner(ana)).toMatch(/^You/);
    expect(await ben.getByRole("button", { name: "Claim" }).count()).toBe(0);
    await ana.screenshot({ path: join(artifacts, "claim-ana.png") });
    await ben.screenshot({ path: join(artifacts, "claim-ben.png") });
    console.log(`Ben saw Ana's claim ${seenAfterMs} ms after her click`);
    await Promise.all([ana.context().close(), ben.context().close()]);
  });

  it("shows a note with an @mention to the other agent", async () => {
    const { item } = await newThread();
    const [ana, ben] = [await openPane("ana", item), await openPane("ben", item)];
    const composer = ana.getByRole("combobox", { name: /Internal note/ });
    await composer.click();
    await composer.pressSequentially("Refund approved, @be");
    // Autocomplete offers Ben; Enter picks him.
    await ana.getByRole("option", { name: /Ben/ }).waitFor();
    await composer.press("Enter");
    await composer.pressSequentially("please send the label");
    await ana.getByRole("button", { name: "Add note" }).click();

    const note = ben.getByTestId("note").filter({ hasText: "Refund approved" });
    await note.waitFor({ timeout: 2_000 });
    expect(await note.locator(".mention").innerText()).toBe(`@${org.email("ben")}`);
    expect(await note.innerText()).toContain("please send the label");
    await ben.screenshot({ path: join(artifacts, "note-ben.png") });
    await Promise.all([ana.context().close(), ben.context().close()]);
  });

  it("tells the loser of a claim race who won, and shows the winner", async () => {
    const { item } = await newThread();
    const [ana, ben] = [await openPane("ana", item), await openPane("ben", item)];
    // Both click Claim "at once": hold each pane's claim request until both have been sent, so
    // neither pane can see the other's claim before clicking (on a loaded machine the live update
    // would otherwise win the race against the second click); the backend's transaction then picks
    // one winner.
    let arrived = 0;
    let releaseBoth = () => {};
    const bothSent = new Promise<void>((resolve) => (releaseBoth = resolve));
    for (const page of [ana, ben]) {
      await page.route("**/claim", async (route) => {
        if (route.request().method() === "POST") {
          arrived += 1;
          if (arrived === 2) releaseBoth();
          await bothSent;
        }
        await route.continue();
      });
    }
    await ana.getByRole("button", { name: "Claim" }).click();
    await ben.getByRole("button", { name: "Claim" }).click();
    const notices = await Promise.all(
      [ana, ben].map(async (page) => {
        await page.waitForTimeout(0);
        return page
          .getByTestId("notice")
          .innerText({ timeout: 10_000 })
          .catch(() => null);
      }),
    );
    const loserIndex = notices.findIndex((text) => text !== null);
    expect(loserIndex).toBeGreaterThanOrEqual(0);
    const loser = loserIndex === 0 ? ana : ben;
    const winnerName = loserIndex === 0 ? "Ben" : "Ana";
    expect(notices[loserIndex]).toMatch(new RegExp(`^${winnerName} claimed this \\d+ s ago\\.`));
    expect(await owner(loser)).toMatch(new RegExp(`^${winnerName}`));
    expect(notices[1 - loserIndex]).toBeNull();
    await loser.screenshot({ path: join(artifacts, "race-loser.png") });
    await Promise.all([ana.context().close(), ben.context().close()]);
  });
});

describe("the Outlook task pane in a shared mailbox, signed in as the agent", () => {
  it("keys a support@ item to support@ through the shared owner, though the customer wrote to an alias", async () => {
    // help@ is an alias Exchange delivers into support@: no Baton mailbox is on the message, only
    // getSharedPropertiesAsync can tell where it lives.
    const { key, item } = await newThread(`help@${org.domain}`);
    const { page, sent } = await loadPane("ana", item);
    await page.getByTestId("owner").waitFor({ timeout: 30_000 });
    expect(await readyKey(page)).toBe(key);
    expect(sent.observe.map((body) => body.mailbox)).toEqual([org.mailbox]);
    await page.context().close();
  });

  it("keys a support@ item to support@ through its recipients where the client has no shared properties", async () => {
    const { key, item } = await newThread();
    const { page, sent } = await loadPane("ana", item, { sharedProperties: "unavailable" });
    await page.getByTestId("owner").waitFor({ timeout: 30_000 });
    expect(await readyKey(page)).toBe(key);
    expect(sent.observe.map((body) => body.mailbox)).toEqual([org.mailbox]);
    await page.context().close();
  });

  it("shows a private message as not a team thread and sends nothing about it", async () => {
    const { page, sent } = await loadPane("ana", privateItemFor(org.email("ana")));
    const notice = page.getByTestId("not-team-thread");
    await notice.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      // Say what the pane showed instead: a sign-in error, a failure notice, a pane.
      throw new Error(`${String(error)}\nThe pane showed: ${await page.locator("body").innerText()}`);
    });
    expect(await notice.innerText()).toMatch(/^Not a team thread/);
    // Give a late observe or heartbeat every chance to show up before counting.
    await page.waitForTimeout(1500);
    expect(sent).toEqual({ observe: [], presence: 0 });
    await page.screenshot({ path: join(artifacts, "not-team-thread.png") });
    await page.context().close();
  });
});
