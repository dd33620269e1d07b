/**
 * The Routing tab in Chromium (issue 16): an admin picks round-robin, adds a rule with a condition
 * and actions, saves; a pattern the linear-time engine refuses comes back with the API's sentence
 * beside that condition's value (and nothing saved); the preview of the unsaved draft shows per
 * conversation what would fire and why. The API is a stand-in that checks bodies with the shared
 * schema and validateRoutingRules (what the backend runs), so a refusal is the real sentence and
 * path; the backend's own routes are tests/integration/routing/api*.test.ts. Auth and Firestore (the
 * member documents the availability form reads) are the emulators.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { mailboxRoutingSchema, type MailboxRouting, type RoutingPreviewResponse } from "@baton/shared";
import { evaluateRules, validateRoutingRules, type MessageFacts } from "@baton/shared/routing";
import type { Browser, Page, Route } from "playwright-core";
import { launchHeadlessChromium } from "../support/chromium";
import { serveDashboard, type DashboardServer } from "../support/serve-dashboard";
import { clearOrg, emulatorDb, PROJECT_ID } from "./support";

const API_BASE = "http://api.routing-ui.test/v1";
const ORG = "routing-ui";
const ADMIN = "root@routing-ui.test";
const AGENTS = ["ana@routing-ui.test", "ben@routing-ui.test"];
const dist = join(__dirname, "..", "..", "dashboard", "dist");

const ME = {
  email: ADMIN,
  name: "Root",
  role: "admin",
  org: ORG,
  allowed: ["read", "manage_mailboxes", "manage_members"],
  members: [ADMIN, ...AGENTS].map((email) => ({ email, name: email.split("@")[0] ?? email, role: "agent" })),
  mailboxes: [
    { id: "support", address: "support@routing-ui.test", name: "Support" },
    { id: "billing", address: "billing@routing-ui.test", name: "Billing" },
  ],
};

let server: DashboardServer;
let browser: Browser;
let page: Page;
let saved: MailboxRouting = mailboxRoutingSchema.parse({ agents: AGENTS, onCall: null });
const puts: unknown[] = [];
const previews: unknown[] = [];
const availability: Array<{ email: string; body: unknown }> = [];

const CONVERSATIONS: Array<{ key: string; facts: MessageFacts }> = [
  { key: "c1", facts: facts("Invoice 2026-031 overdue", "pay@acme.test") },
  { key: "c2", facts: facts("Cannot log in", "eve@acme.test") },
];

function facts(subject: string, from: string): MessageFacts {
  return {
    from,
    to: ["support@routing-ui.test"],
    cc: [],
    subject,
    snippet: "",
    hasAttachment: false,
    isReply: false,
    previousConversations: 0,
    inBusinessHours: true,
    priority: "normal",
    tags: [],
  };
}

function json(route: Route, status: number, body: unknown): Promise<void> {
  return route.fulfill({
    status,
    contentType: "application/json",
    headers: { "Access-Control-Allow-Origin": "*" },
    body: JSON.stringify(body),
  });
}

/** The body checked as PUT /mailboxes/{id}/routing checks it; the refusal as the API words it. */
function check(body: unknown): { ok: true; routing: MailboxRouting } | { ok: false; error: unknown } {
  const parsed = mailboxRoutingSchema.safeParse(body);
  if (!parsed.success)
    return { ok: false, error: { code: "invalid_request", message: parsed.error.message } };
  const problem = validateRoutingRules(parsed.data.rules, {
    mailbox: "support",
    members: new Set(ME.members.map((m) => m.email)),
    agents: parsed.data.agents,
    mailboxes: new Map([
      ["support", []],
      ["billing", []],
    ]),
  });
  if (problem !== null)
    return { ok: false, error: { code: problem.code, message: problem.message, details: problem.details } };
  return { ok: true, routing: parsed.data };
}

function preview(routing: MailboxRouting): RoutingPreviewResponse {
  const firedByRule: Record<string, number> = {};
  const conversations = CONVERSATIONS.map(({ key, facts: f }, i) => {
    const fired = evaluateRules(routing.rules, f, "new_conversation");
    for (const id of new Set(fired.map((x) => x.cause.ruleId))) firedByRule[id] = (firedByRule[id] ?? 0) + 1;
    const assignee = routing.strategy === "manual" ? null : (AGENTS[i % AGENTS.length] ?? null);
    return {
      key,
      subject: f.subject,
      from: f.from,
      arrivedAt: Date.UTC(2026, 10, 23, 9, i),
      fired: fired.map((x) => ({ ruleId: x.cause.ruleId, ruleName: x.cause.ruleName, action: x.action })),
      assignee,
      skipped: [],
      sentences: [
        ...fired.map((x) => `${x.action.type} by rule '${x.cause.ruleName}'`),
        ...(assignee === null ? [] : [`Assigned to ${assignee} by round-robin`]),
      ],
    };
  });
  return { evaluated: conversations.length, conversations, firedByRule };
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
      await json(route, 200, ME);
      return;
    }
    if (path === "/mailboxes/support/routing" && request.method() === "GET") {
      await json(route, 200, { id: "support", routing: saved });
      return;
    }
    if (path === "/mailboxes/support/routing" && request.method() === "PUT") {
      puts.push(request.postDataJSON());
      const result = check(request.postDataJSON());
      if (!result.ok) {
        await json(route, 400, { error: result.error });
        return;
      }
      saved = result.routing;
      await json(route, 200, { id: "support", routing: saved });
      return;
    }
    if (path === "/mailboxes/support/routing/preview") {
      previews.push(request.postDataJSON());
      const result = check(request.postDataJSON());
      if (!result.ok) await json(route, 400, { error: result.error });
      else await json(route, 200, preview(result.routing));
      return;
    }
    const member = /^\/members\/([^/]+)\/availability$/.exec(path);
    if (member !== null && request.method() === "PUT") {
      const email = decodeURIComponent(member[1] ?? "");
      availability.push({ email, body: request.postDataJSON() });
      await json(route, 200, { email, awayUntil: null, skills: ["billing"], maxOpen: 3 });
      return;
    }
    await json(route, 404, { error: { code: "not_found", message: `no stub for ${path}` } });
  });
}

beforeAll(async () => {
  if (!existsSync(join(dist, "index.html")))
    throw new Error("Build the dashboard first: npm run build -w dashboard");
  const db = emulatorDb();
  await clearOrg(db, ORG);
  // The security rules take membership from the member document; the availability form reads them.
  for (const m of ME.members)
    await db.doc(`orgs/${ORG}/members/${m.email}`).set({ email: m.email, name: m.name, role: "admin" });
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
  await clearOrg(emulatorDb(), ORG);
});

describe("the Routing tab", () => {
  it("creates a rule and round-robin, refuses a bad pattern beside its field, and previews the draft", async () => {
    await page.goto(`${server.origin}/#/routing`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByLabel("Email address").fill(ADMIN);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("tab", { name: "Routing" }).click();
    await page.getByRole("heading", { name: "Routing" }).waitFor({ timeout: 30_000 });

    await page.getByRole("radio", { name: /^Round-robin/ }).check();
    await page.getByRole("button", { name: "Add rule" }).click();
    await page.getByLabel("Rule name").fill("Invoices");
    await page.getByLabel("Condition 1 operator").selectOption("matches");
    // A lookbehind: JavaScript takes it, the linear-time engine does not.
    await page.getByLabel("Condition 1 value").fill("(?<=re: )invoice");
    await page.getByLabel("Action 1 tags").fill("billing, invoice");
    await page.getByRole("button", { name: "Add action" }).click();
    await page.getByLabel("Action 2", { exact: true }).selectOption("move_to_mailbox");
    await page.getByLabel("Action 2 mailbox").selectOption("billing");
    await page.getByRole("button", { name: "Save routing" }).click();

    const value = page.getByLabel("Condition 1 value");
    await page.locator("#err-rules_0__when_0__value").waitFor();
    expect(await value.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#err-rules_0__when_0__value").textContent()).not.toContain("rules[0]");
    await page.getByText("Not saved: fix the field marked above.").waitFor();
    expect(puts).toHaveLength(1);
    expect(saved.rules).toEqual([]);
    expect(saved.strategy).toBe("manual");

    await value.fill("invoice|receipt");
    await page.getByRole("button", { name: "Test against the last 50 conversations" }).click();
    const table = page.getByRole("region", { name: /^Preview/ });
    await table.getByText("'Invoices' would fire on 1").waitFor();
    await table
      .getByRole("row", { name: /Invoice 2026-031 overdue/ })
      .getByText("Invoices", { exact: true })
      .waitFor();
    await table.getByText("Assigned to ana@routing-ui.test by round-robin").waitFor();
    expect(saved.rules).toEqual([]);

    await page.getByRole("button", { name: "Save routing" }).click();
    await page.getByText("Saved. New conversations are routed by these rules from now on.").waitFor();
    expect(saved.strategy).toBe("round_robin");
    expect(saved.rules).toEqual([
      {
        id: "invoices",
        name: "Invoices",
        enabled: true,
        runOn: "new_conversation",
        when: [{ field: "subject", op: "matches", value: "invoice|receipt" }],
        then: [
          { type: "add_tags", tags: ["billing", "invoice"] },
          { type: "move_to_mailbox", mailbox: "billing" },
        ],
        stop: false,
      },
    ]);
  });

  it("sets a member's skills and cap, refusing a cap past the limit beside its field first", async () => {
    await page.getByLabel("Member", { exact: true }).selectOption(AGENTS[0] ?? "");
    await page.getByLabel("Skills (tags they cover)").fill("billing");
    const cap = page.getByLabel("Their max open (empty: the mailbox's cap)");
    await cap.fill("2000");
    await page.getByRole("button", { name: "Save availability" }).click();
    await page.locator("#err-maxOpen").waitFor();
    expect(await cap.getAttribute("aria-invalid")).toBe("true");
    expect(availability).toHaveLength(0);
    await cap.fill("3");
    await page.getByRole("button", { name: "Save availability" }).click();
    await page.getByText(`Saved ${AGENTS[0] ?? ""}'s availability.`).waitFor();
    expect(availability).toEqual([
      { email: AGENTS[0], body: { awayUntil: null, skills: ["billing"], maxOpen: 3 } },
    ]);
  });
});
