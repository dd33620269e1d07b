/**
 * The OnMessageSend handler in Chromium: the real build's commands.html over the Outlook stand-in
 * (a compose item, roaming settings kept in the origin's storage as Exchange keeps them for the
 * mailbox, OfficeRuntime.auth as Outlook on the web has it), against the emulators. When the handler
 * cannot check a send (no token, backend unreachable) the send still goes, and the next pane says the
 * last send was not checked and why; with a token and the backend up, the send is checked.
 */
import type { BrowserContext, Page } from "playwright-core";
import { createTestOrg, PASSWORD, requestId, type TestOrg } from "../../integration/support/fixtures";
import { apiBase, call } from "../../integration/support/stack";
import { paneFragment, standinItemFor } from "../../../workbench/src/thread-item";
import { launchChromium, type Browser } from "../../support/chromium";
import { startDevServer, type DevServer } from "./support/dev-server";
import { knownThread } from "./support/known-thread";

let org: TestOrg;
let api: string;
let server: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  org = await createTestOrg("outlook-send", { ana: "agent", ben: "agent" });
  api = await apiBase();
  server = await startDevServer({
    BATON_API_BASE: api,
    BATON_DEMO_MEMBERS: [org.email("ana"), org.email("ben")].join(","),
    BATON_DEMO_PASSWORD: PASSWORD,
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const newThread = () => knownThread(org);

type Item = ReturnType<typeof standinItemFor>;

function logErrors(page: Page, name: string): void {
  page.on("pageerror", (error) => {
    console.error(`[${name}] ${error.message}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      console.warn(`[${name}] ${message.text()}`);
  });
}

/** Ana's pane on the thread; it remembers the thread for the send handler. */
async function openPane(context: BrowserContext, item: Item): Promise<Page> {
  const page = await context.newPage();
  logErrors(page, "pane");
  await page.goto(`${server!.origin}/workbench-pane.html#${paneFragment(item, org.email("ana"), "light")}`);
  await page.getByTestId("owner").waitFor({ timeout: 30_000 });
  // The tests' project has no DOM types: the page-side check is a string.
  await page.waitForFunction('localStorage.getItem("baton:remembered") !== null');
  return page;
}

/** Ana clicks Send on her reply: Outlook loads the event page and runs onMessageSendHandler. */
async function send(context: BrowserContext, item: Item, accessToken?: string) {
  const page = await context.newPage();
  logErrors(page, "send");
  const apiRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(api))
      apiRequests.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  // The add-in's own event page (commands.html: config.js, office.js, launch-event.js), with the
  // stand-in served in place of office.js, as workbench-pane.html does for the task pane.
  await page.route(`${server!.origin}/office-js/office.js`, (route) =>
    route.continue({ url: `${server!.origin}/host-standin.js` }),
  );
  const fragment = new URLSearchParams({
    as: org.email("ana"),
    compose: JSON.stringify({
      conversationId: item.conversationId,
      subject: `Re: ${item.subject}`,
      from: org.mailbox,
      to: ["jo@customer.test"],
    }),
    ...(accessToken === undefined ? {} : { accessToken }),
  });
  await page.goto(`${server!.origin}/commands.html#${fragment.toString()}`);
  const started = Date.now();
  const completed = await page.evaluate(() =>
    (globalThis as unknown as { batonStandin: { send(): Promise<unknown> } }).batonStandin.send(),
  );
  const elapsedMs = Date.now() - started;
  await page.close();
  return { completed, elapsedMs, apiRequests };
}

/** The next pane (Outlook opens one per item): the notice, if any. */
async function reopen(pane: Page): Promise<Page> {
  await pane.reload();
  await pane.getByTestId("owner").waitFor({ timeout: 30_000 });
  return pane;
}

const notice = (pane: Page) => pane.getByTestId("send-check-notice");

describe("the send handler when it cannot check", () => {
  it("lets the send go without a token, and the pane then says the last send was not checked and why", async () => {
    const context = await browser!.newContext();
    const { item } = await newThread();
    const pane = await openPane(context, item);
    expect(await notice(pane).count()).toBe(0);

    const { completed, elapsedMs, apiRequests } = await send(context, item);
    expect(completed).toEqual({ allowEvent: true });
    expect(apiRequests).toEqual([]);
    console.log(`unchecked send (no token) completed in ${elapsedMs} ms`);
    expect(elapsedMs).toBeLessThan(5000);

    await reopen(pane);
    const text = await notice(pane).innerText();
    expect(text).toContain(
      "Your last send wasn't checked for a conflict: Outlook could not sign you in to Baton silently (Office error 13012).",
    );
    expect(text).toContain(`Re: ${item.subject}`);

    // Dismissed, it stays gone in the next pane.
    await notice(pane).getByRole("button", { name: "Dismiss message" }).click();
    await reopen(pane);
    expect(await notice(pane).count()).toBe(0);
    await context.close();
  });

  it("lets the send go when Baton's server is unreachable, and the pane says so", async () => {
    const context = await browser!.newContext();
    const { item } = await newThread();
    const pane = await openPane(context, item);
    // From here on the backend is down for every page of this agent's browser.
    await context.route(`${api}/**`, (route) => route.abort("connectionrefused"));

    const { completed, elapsedMs } = await send(context, item, org.token("ana"));
    expect(completed).toEqual({ allowEvent: true });
    console.log(`unchecked send (backend unreachable) completed in ${elapsedMs} ms`);
    expect(elapsedMs).toBeLessThan(5000);

    await context.unroute(`${api}/**`);
    await reopen(pane);
    expect(await notice(pane).innerText()).toContain(
      "Your last send wasn't checked for a conflict: Baton's server could not be reached.",
    );
    await context.close();
  });

  it("gives up within its budget when the server does not answer, well before Outlook's 5 s alert", async () => {
    const context = await browser!.newContext();
    const { item } = await newThread();
    const pane = await openPane(context, item);
    await context.route(`${api}/**`, () => undefined); // never answered

    const { completed, elapsedMs } = await send(context, item, org.token("ana"));
    expect(completed).toEqual({ allowEvent: true });
    console.log(`unchecked send (no answer) completed in ${elapsedMs} ms`);
    expect(elapsedMs).toBeGreaterThanOrEqual(3000);
    expect(elapsedMs).toBeLessThan(5000);

    await context.unroute(`${api}/**`);
    await reopen(pane);
    expect(await notice(pane).innerText()).toContain("Baton did not answer within 3 seconds.");
    await context.close();
  });

  it("checks the send when it can: a Smart Alert names the owner, and the old notice goes", async () => {
    const context = await browser!.newContext();
    const { key, item } = await newThread();
    const pane = await openPane(context, item);
    await send(context, item); // unchecked first: no token
    const claim = await call(org.token("ben"), "POST", `/conversations/${key}/claim`, {
      requestId: requestId(),
    });
    expect(claim.status).toBe(200);

    const { completed, apiRequests } = await send(context, item, org.token("ana"));
    expect(completed).toEqual({
      allowEvent: false,
      errorMessage: expect.stringMatching(/^Ben\b.* owns this conversation — send anyway\?$/) as unknown,
    });
    expect(apiRequests.filter((request) => request.endsWith(`/conversations/${key}`))).toHaveLength(1);
    await reopen(pane);
    expect(await notice(pane).count()).toBe(0);
    await context.close();
  });
});
