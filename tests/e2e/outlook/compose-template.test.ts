/**
 * The compose pane end to end: the real build's compose page (workbench-compose.html: compose.js over
 * the Outlook stand-in's compose item) in Chromium against the emulators. Ana replies to a thread her
 * read pane has shown; she searches a template, is told what cannot be filled before anything is
 * inserted, inserts it, and the stand-in's body receives the rendered HTML. While her compose pane is
 * open, Ben's read pane says "Ana is replying" (latency measured); when it closes, that ends.
 */
import type { BrowserContext, Page } from "playwright-core";
import { createTestOrg, PASSWORD, type TestOrg } from "../../integration/support/fixtures";
import { apiBase, call } from "../../integration/support/stack";
import { paneFragment, standinItemFor } from "../../../workbench/src/thread-item";
import { launchChromium, type Browser } from "../../support/chromium";
import { startDevServer, type DevServer } from "./support/dev-server";
import { knownThread } from "./support/known-thread";

let org: TestOrg;
let server: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  org = await createTestOrg("outlook-compose", { ana: "agent", ben: "agent" });
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

type Item = ReturnType<typeof standinItemFor>;

function logErrors(page: Page, name: string): void {
  page.on("pageerror", (error) => {
    console.error(`[${name}] ${error.message}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") console.warn(`[${name}] ${message.text()}`);
  });
}

/** A read pane on the thread (it remembers the thread for the compose pane and the send check). */
async function readPane(context: BrowserContext, name: "ana" | "ben", item: Item): Promise<Page> {
  const page = await context.newPage();
  logErrors(page, `${name} read`);
  await page.goto(`${server!.origin}/workbench-pane.html#${paneFragment(item, org.email(name), "light")}`);
  await page.getByTestId("owner").waitFor({ timeout: 30_000 });
  await page.waitForFunction('localStorage.getItem("baton:remembered") !== null');
  return page;
}

/** Ana clicks Reply, then Baton's Templates button: the compose pane on her reply. */
async function composePane(context: BrowserContext, item: Item): Promise<Page> {
  const page = await context.newPage();
  logErrors(page, "ana compose");
  const fragment = new URLSearchParams({
    as: org.email("ana"),
    theme: "dark",
    compose: JSON.stringify({
      conversationId: item.conversationId,
      subject: `Re: ${item.subject}`,
      from: org.mailbox,
      to: ["jo@customer.test"],
      bodyType: "html",
      body: "<blockquote>the customer's message</blockquote>",
    }),
  });
  await page.goto(`${server!.origin}/workbench-compose.html#${fragment.toString()}`);
  return page;
}

async function personalTemplate(member: string, body: string): Promise<string> {
  const created = await call<{ id: string }>(org.token(member), "POST", "/templates", {
    scope: "personal",
    name: "Refund on its way",
    shortcut: "refund",
    body,
  });
  if (created.status !== 200 && created.status !== 201)
    throw new Error(`POST /templates answered ${created.status}: ${created.text}`);
  return created.body.id;
}

interface Inserted {
  type: string;
  content: string;
  insertions: { data: string; coercionType: string }[];
}

const composeBody = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { batonStandin: { composeBody(): Inserted | null } }
    ).batonStandin.composeBody(),
  );

describe("the Outlook compose pane", () => {
  it("inserts a rendered template after saying what cannot be filled, and Ben sees 'Ana is replying' within a second", async () => {
    const { key, item } = await knownThread(org);
    // {{order.number}} is no variable Baton knows: it can never be filled, so it is always reported.
    await personalTemplate(
      "ana",
      "Hello,\n\nYour refund for {{conversation.ref}} is on its way (order {{order.number}}).\n\n{{agent.name}}",
    );
    const anaContext = await browser!.newContext();
    const benContext = await browser!.newContext();
    // Ana's read pane has shown the thread (as it does before she clicks Reply); then the reply opens.
    await (await readPane(anaContext, "ana", item)).close();
    const ben = await readPane(benContext, "ben", item);

    // Timed from Ana's first `replying` beat: its request (the API's own time included, which the
    // loaded emulators stretch to seconds) and its answer (the heartbeat is stored: from there on it is
    // the live path, Firestore's listener in Ben's pane, that the one second is about).
    let beatSentAt = 0;
    let beatStoredAt = 0;
    const isBeat = (method: string, url: string) =>
      method === "POST" && url.endsWith(`/conversations/${key}/presence`);
    anaContext.on("request", (request) => {
      if (isBeat(request.method(), request.url()) && beatSentAt === 0) beatSentAt = Date.now();
    });
    anaContext.on("response", (response) => {
      if (isBeat(response.request().method(), response.url()) && beatStoredAt === 0)
        beatStoredAt = Date.now();
    });
    const compose = await composePane(anaContext, item);
    await ben
      .getByTestId("presence")
      .filter({ hasText: /is replying/ })
      .waitFor({ timeout: 15_000 });
    const seenAt = Date.now();
    // Ben's listener may fire before Ana's page gets the HTTP answer: then the live path took ~0 ms.
    const liveMs = Math.max(0, seenAt - (beatStoredAt === 0 ? seenAt : beatStoredAt));
    console.log(
      `Ben saw "${await ben.getByTestId("presence").innerText()}" ${seenAt - beatSentAt} ms after Ana's compose pane sent its beat, ${liveMs} ms after the API stored it`,
    );
    expect(await ben.getByTestId("presence").innerText()).toMatch(/^Ana .*is replying/);
    expect(liveMs).toBeLessThan(1_000);

    // Type to search; the option appears; Enter renders it.
    const search = compose.getByRole("combobox", { name: "Search templates" });
    await search.waitFor({ timeout: 30_000 });
    await search.fill("refund");
    await compose.getByRole("option", { name: /Refund on its way/ }).waitFor();
    const rendered = compose.waitForResponse(
      (r) => r.url().includes("/render") && r.request().method() === "POST",
    );
    await search.press("Enter");
    const renderAnswer = (await (await rendered).json()) as { html: string; missing: string[] };
    expect(renderAnswer.missing).toContain("order.number");

    // Nothing is inserted before the agent has seen what is missing.
    const warning = compose.getByTestId("missing-variables");
    await warning.waitFor();
    expect(await warning.innerText()).toContain("{{order.number}} cannot be filled");
    expect((await composeBody(compose))?.insertions).toEqual([]);

    // Enter confirms (the focus is on "Insert anyway").
    await compose.keyboard.press("Enter");
    await compose.getByTestId("compose-notice").filter({ hasText: "Inserted" }).waitFor();
    const body = await composeBody(compose);
    expect(body?.insertions).toEqual([{ data: renderAnswer.html, coercionType: "html" }]);
    expect(body?.insertions[0]?.data).toContain("<p>");
    expect(body?.insertions[0]?.data).not.toContain("{{");
    expect(body?.content.endsWith("<blockquote>the customer's message</blockquote>")).toBe(true);

    // The draft is sent or closed: the pane goes, and so does "Ana is replying".
    await compose.close({ runBeforeUnload: true });
    await ben
      .getByTestId("presence")
      .filter({ hasText: /is replying/ })
      .waitFor({ state: "detached", timeout: 10_000 });
    await Promise.all([anaContext.close(), benContext.close()]);
  }, 120_000);

  it("warns Ana while Ben is replying to the same thread", async () => {
    const { key, item } = await knownThread(org);
    const anaContext = await browser!.newContext();
    await (await readPane(anaContext, "ana", item)).close();
    const said = await call(org.token("ben"), "POST", `/conversations/${key}/presence`, {
      state: "replying",
    });
    expect(said.status).toBe(200);
    const compose = await composePane(anaContext, item);
    const warning = compose.getByTestId("compose-warning");
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.innerText()).toMatch(/is replying$/);
    expect(await warning.innerText()).not.toMatch(/^Ana/);
    await anaContext.close();
  }, 120_000);
});
