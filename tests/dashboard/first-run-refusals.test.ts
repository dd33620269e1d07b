/**
 * The dashboard's first run and member import where things go wrong, in Chromium with an API
 * stand-in (the happy path against the real backend is tests/e2e/first-run): a fresh stack's sign-in
 * with any address through the Auth emulator; a claimed deployment says whom to ask; a mistyped code
 * is refused beside the field before any request, a wrong one with the API's sentence beside it; and
 * an import whose second batch fails keeps those rows, says so, and sends them on a retry.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page, Route } from "playwright-core";
import { launchHeadlessChromium } from "../support/chromium";
import { serveDashboard, type DashboardServer } from "../support/serve-dashboard";
import { PROJECT_ID } from "./support";

const API_BASE = "http://api.first-run.test/v1";
const EMAIL = "root@firstrun-ui.test";
const dist = join(__dirname, "..", "..", "dashboard", "dist");

let server: DashboardServer;
let browser: Browser;
let page: Page;
let setupState: "open" | "claimed" = "claimed";
let member = false;
const claims: unknown[] = [];
const batches: number[] = [];
let failSecondBatch = true;

const ME = {
  email: EMAIL,
  name: "Root",
  role: "admin",
  org: "firstrun-ui",
  allowed: ["read", "manage_mailboxes", "manage_members"],
  members: [{ email: EMAIL, name: "Root", role: "admin" }],
  mailboxes: [],
};

function json(route: Route, status: number, body: unknown): Promise<void> {
  return route.fulfill({
    status,
    contentType: "application/json",
    headers: { "Access-Control-Allow-Origin": "*" },
    body: JSON.stringify(body),
  });
}

async function stub(p: Page): Promise<void> {
  await p.route(`${API_BASE}/**`, async (route) => {
    const request = route.request();
    if (request.method() === "OPTIONS") {
      await route.fulfill({
        status: 204,
        headers: {
          "Access-Control-Allow-Origin": "*",
          "Access-Control-Allow-Headers": "*",
          "Access-Control-Allow-Methods": "*",
        },
      });
      return;
    }
    const path = new URL(request.url()).pathname.replace(/^\/v1/, "");
    if (path === "/me") {
      if (member) await json(route, 200, ME);
      else await json(route, 403, { error: { code: "not_member", message: `${EMAIL} is not a member.` } });
      return;
    }
    if (path === "/setup") {
      await json(route, 200, { state: setupState, email: EMAIL, member, domains: ["firstrun-ui.test"] });
      return;
    }
    if (path === "/setup/claim") {
      const body = request.postDataJSON() as { code: string };
      claims.push(body);
      if (body.code.replace(/[\s-]/g, "").toUpperCase() !== "7KQ2M5ETVPF1R5TRVN0A") {
        await json(route, 403, {
          error: {
            code: "forbidden",
            message:
              "That is not this deployment's setup code; type the code `npm run deploy` printed (9 more tries this hour).",
            details: { attemptsLeft: 9 },
          },
        });
        return;
      }
      member = true;
      await json(route, 200, {
        org: ME.org,
        name: "UI & Co",
        admin: EMAIL,
        domains: ["firstrun-ui.test"],
        tenants: [],
      });
      return;
    }
    if (path === "/org/identity") {
      await json(route, 200, { domains: ["firstrun-ui.test"], tenants: [] });
      return;
    }
    if (path === "/members/import") {
      const { members } = request.postDataJSON() as { members: Array<{ email: string }> };
      batches.push(members.length);
      if (failSecondBatch && batches.length === 2) {
        failSecondBatch = false;
        await json(route, 503, { error: { code: "internal", message: "The service is busy; try again." } });
        return;
      }
      const [first, ...rest] = members.map((m) => m.email);
      await json(route, 200, {
        created: rest,
        updated: [],
        unchanged: [],
        skipped:
          first === undefined
            ? []
            : [{ email: first, reason: `${first} is a member of another organisation.` }],
      });
      return;
    }
    await json(route, 404, { error: { code: "not_found", message: `no stub for ${path}` } });
  });
}

beforeAll(async () => {
  if (!existsSync(join(dist, "index.html")))
    throw new Error("Build the dashboard first: npm run build -w dashboard");
  server = await serveDashboard({
    target: "local",
    apiBase: API_BASE,
    firebase: { apiKey: "demo-key", authDomain: `${PROJECT_ID}.firebaseapp.com`, projectId: PROJECT_ID },
    demoMembers: [],
    demoPassword: null,
    emulators: {
      auth: `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST ?? "127.0.0.1:9099"}`,
      firestore: process.env.FIRESTORE_EMULATOR_HOST ?? "127.0.0.1:8080",
    },
  });
  browser = await launchHeadlessChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on("pageerror", (error) => {
    console.error(error.message);
  });
  await stub(page);
}, 120_000);

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe("the dashboard's first run when things go wrong", () => {
  it("signs in with any address through the Auth emulator and says whom to ask once set up", async () => {
    await page.goto(`${server.origin}/`);
    expect(await page.getByRole("group", { name: "Sign in as a demo member (local stack)" }).count()).toBe(0);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByText("Type the address to sign in as, such as ana@acme.example.").waitFor();
    await page.getByLabel("Email address").fill(EMAIL);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page
      .getByText(`This deployment is set up; ask your Baton admin to add you (you signed in as ${EMAIL}).`)
      .waitFor({ timeout: 30_000 });
  });

  it("refuses a mistyped code beside the field without sending it, and a wrong one with the API's sentence", async () => {
    setupState = "open";
    await page.reload();
    await page.getByRole("heading", { name: "Set up Baton" }).waitFor({ timeout: 30_000 });
    await page.getByLabel("Setup code").fill("7KQ2M-5ETVP");
    await page.getByLabel("Organisation name").fill("UI & Co");
    await page.getByRole("button", { name: "Create the organisation" }).click();
    const problem = page.locator("#err-setup-code");
    await problem.getByText(/^The setup code has 20 letters and digits/).waitFor();
    expect(claims).toHaveLength(0);
    expect(await page.getByLabel("Setup code").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Setup code").fill("7KQ2M-5ETVP-F1R5T-RVN0B");
    await page.getByRole("button", { name: "Create the organisation" }).click();
    await problem
      .getByText(/^That is not this deployment's setup code; .*\(9 more tries this hour\)\.$/)
      .waitFor();
    expect(claims).toHaveLength(1);

    // As printed, lower case and spaced: accepted; the setup steps follow.
    await page.getByLabel("Setup code").fill("7kq2m 5etvp f1r5t rvn0a");
    await page.getByRole("button", { name: "Create the organisation" }).click();
    await page.getByRole("heading", { name: "Set up your team" }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).hash).toBe("#/setup");
    await page.getByText("firstrun-ui.test").first().waitFor();
  });

  it("keeps the rows of a failed batch, says which, and sends them on a retry", async () => {
    await page.getByRole("link", { name: "3. Members" }).click();
    const csv = [
      "email,name,role",
      ...Array.from({ length: 150 }, (_, i) => `m${i}@firstrun-ui.test,M ${i},agent`),
      "bad-address,Bad,agent",
    ].join("\n");
    await page.getByLabel("Members CSV (email, name, role)").fill(csv);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByText('Line 152: "bad-address" is not an email address.').waitFor();
    await page.getByRole("button", { name: "Import 150 members" }).click();
    await page.getByText("99 created, 0 updated, 0 unchanged, 1 skipped.").waitFor();
    await page
      .getByText("50 rows were not sent (The service is busy; try again.); send them again below.")
      .waitFor();
    expect(await page.getByRole("status").filter({ hasText: "100 of 150" }).count()).toBe(1);
    await page
      .getByText("m0@firstrun-ui.test: m0@firstrun-ui.test is a member of another organisation.")
      .waitFor();

    await page.getByRole("button", { name: "Send the 50 rows not sent" }).click();
    await page.getByText("148 created, 0 updated, 0 unchanged, 2 skipped.").waitFor();
    expect(batches).toEqual([100, 50, 50]);
    expect(await page.getByRole("button", { name: /rows not sent/ }).count()).toBe(0);
  });
});
