/**
 * Issue 11, "no request reaches what it should not": attacks that make Baton send, match or read
 * more than it should. Each test performs the attack against the local stack and asserts it is
 * refused; the comments say what it did before. Positive controls show the same endpoint still
 * does its job for a legitimate request.
 */
import type { OrgSettingsResponse } from "@baton/shared";
import { hashSecret } from "../../backend/src/connectors/push";
import { createDeployedApp } from "../../backend/src/http/deployed-app";
import { DEFAULT_RATE_LIMIT } from "../../backend/src/http/rate-limit";
import type { ApiRequest } from "../../backend/src/http/types";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "../integration/support/fixtures";
import { adminApp, apiBase, call } from "../integration/support/stack";

interface ErrorBody {
  error: { code: string; message: string };
}

// Built before anything else touches Firestore in this process: the backend's client sets its
// settings on first use. The local stack's functions run with a raised limit (backend/.env.demo-baton,
// for the suites that send thousands of requests as one member); this is the API as deployed.
// FUNCTIONS_EMULATOR as the functions emulator sets it: the local stack's sign-in providers.
const deployedApi = createDeployedApp({ ...process.env, FUNCTIONS_EMULATOR: "true" }, DEFAULT_RATE_LIMIT);

let org: TestOrg;

beforeAll(async () => {
  org = await createTestOrg("sec-requests", { root: "admin", ana: "agent", ben: "agent" });
});

describe("webhook targets (SSRF)", () => {
  const channels = "/mailboxes/support/channels";
  const secret = "0123456789abcdef-signing";

  // Before: any http(s) URL was saved and later POSTed to from inside the project's network, with the
  // SLA notice as body: the metadata server, private services and the function's own host included.
  it.each([
    ["the metadata server over http", "http://169.254.169.254/computeMetadata/v1/instance/", /https:\/\//],
    ["the metadata server by decimal address", "https://2852039166/latest/meta-data/", /link-local/],
    ["a private address", "https://10.0.0.1/hook", /10\.0\.0\.1, a private address/],
    ["loopback by name", "https://localhost/hook", /not a public internet host name/],
    ["loopback by hex address", "https://0x7f.1/hook", /127\.0\.0\.1, a loopback address/],
    ["an IPv4-mapped IPv6 address", "https://[::ffff:a9fe:a9fe]/", /link-local/],
    ["GCP's metadata host name", "https://metadata.google.internal/computeMetadata/v1/", /not a public/],
  ])("refuses a webhook to %s with 400 and a sentence, saving nothing", async (_what, url, sentence) => {
    const put = await call<ErrorBody>(org.token("root"), "PUT", channels, {
      webhooks: [{ id: "ops", url, secret }],
    });
    expect(put.status).toBe(400);
    expect(put.body.error.code).toBe("invalid_request");
    expect(put.body.error.message).toMatch(/^webhooks\[0\]\.url: A webhook URL /);
    expect(put.body.error.message).toMatch(sentence);
    const stored = await adminApp().db.doc(`secrets/${org.org}/channels/support`).get();
    expect(stored.exists).toBe(false);
  });

  it("refuses a Slack channel on a host that is not Slack's, and a Teams channel elsewhere", async () => {
    // Before: "slack" and "teams" took any URL, so they were two more generic webhooks.
    const slack = await call<ErrorBody>(org.token("root"), "PUT", channels, {
      slack: { url: "https://hooks.slack.com.attacker.example/services/T/B/X" },
    });
    expect(slack.status).toBe(400);
    expect(slack.body.error.message).toMatch(/^slack\.url: The Slack URL must be a Slack incoming webhook/);
    const teams = await call<ErrorBody>(org.token("root"), "PUT", channels, {
      teams: { url: "https://attacker.example/webhookb2/x" },
    });
    expect(teams.status).toBe(400);
    expect(teams.body.error.message).toMatch(/^teams\.url: The Teams URL must be a Teams incoming webhook/);
  });

  it("still saves public https targets on the channels' own hosts (control)", async () => {
    const put = await call(org.token("root"), "PUT", channels, {
      slack: { url: "https://hooks.slack.com/services/T000/B000/XXXX" },
      teams: { url: "https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/x/y" },
      webhooks: [{ id: "ops", url: "https://ops.example.com/hook", secret }],
    });
    expect(put.status).toBe(200);
  });
});

describe("redaction patterns (ReDoS)", () => {
  const settings = (regex: string) => ({
    redaction: { cards: true, ibans: true, patterns: [{ name: "custom", regex }] },
    retentionDays: null,
  });

  it("refuses syntax the linear-time engine cannot run, and over-long patterns, with a sentence", async () => {
    for (const regex of ["(a+)\\1", "secret(?=\\d)", "(?<!x)y"]) {
      const put = await call<ErrorBody>(org.token("root"), "PUT", "/org/settings", settings(regex));
      expect(put.status).toBe(400);
      expect(put.body.error.message).toMatch(/backreferences .* lookaround/);
    }
    const long = await call<ErrorBody>(org.token("root"), "PUT", "/org/settings", settings("a".repeat(201)));
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/at most 200 characters/);
  });

  it("runs a catastrophically backtracking pattern over a pathological note in bounded time", async () => {
    // Before: `(\w+\s?)+#` ran on the backtracking RegExp inside the note transaction: 1.2 s at 27
    // characters, doubling per character, so this 34-character note held the API for minutes.
    const put = await call<OrgSettingsResponse>(
      org.token("root"),
      "PUT",
      "/org/settings",
      settings("(\\w+\\s?)+#"),
    );
    expect(put.status).toBe(200);
    const key = (await observe(org, "ana", makeThread(org.domain, "redos@customer.test", 1).messages))
      .conversation.key;
    const started = Date.now();
    const note = await call(org.token("ana"), "POST", `/conversations/${key}/notes`, {
      body: "a".repeat(34),
      requestId: requestId(),
    });
    expect(note.status).toBe(200);
    expect(note.handlerMs).not.toBeNull();
    expect(note.handlerMs!).toBeLessThan(1_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    // The pattern still redacts what it matches (control).
    const hit = await call<{ conversation: { notes: Array<{ body: string }> } }>(
      org.token("ana"),
      "POST",
      `/conversations/${key}/notes`,
      { body: "ticket ref#", requestId: requestId() },
    );
    expect(hit.status).toBe(200);
    expect(hit.body.conversation.notes.at(-1)?.body).toBe("[custom redacted]");
  });
});

describe("Graph change notifications (unauthenticated push endpoint)", () => {
  const subscriptionId = "3f2b1c4d-0000-4000-8000-00000000beef";
  const notifyUrl = async () => (await apiBase()).replace(/\/api\/v1$/, "/connectorsGraphNotify");

  beforeAll(async () => {
    const { db } = adminApp();
    const push = {
      graphSubscriptions: [
        {
          id: subscriptionId,
          folder: "inbox",
          expiresAt: Date.now() + 86_400_000,
          clientStateHash: hashSecret("right"),
        },
      ],
    };
    await db.doc(`orgs/${org.org}/connectors/support`).set({
      org: org.org,
      mailboxId: "support",
      address: org.mailbox,
      provider: "microsoft",
      options: { initialDays: 7, resyncDays: 7, maxResyncMessages: 10 },
      cursor: null,
      connectedAt: Date.now(),
      paused: false,
      lastSyncAt: null,
      lagMs: null,
      lastError: null,
      counts: {},
      push,
      leaseUntil: 0,
    });
    await db.doc(`graphSubscriptions/${subscriptionId}`).set({
      id: subscriptionId,
      org: org.org,
      mailboxId: "support",
      clientStateHash: hashSecret("right"),
    });
  });

  it("answers a forged notification 202 without running or touching the connector", async () => {
    // Before: every hit listed every connector of every org, then matched in memory.
    const forged = await fetch(await notifyUrl(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        value: [
          { subscriptionId, clientState: "guessed", changeType: "created" },
          { subscriptionId: "../../orgs/x", clientState: "guessed" },
        ],
      }),
    });
    expect(forged.status).toBe(202);
    const connector = (await adminApp().db.doc(`orgs/${org.org}/connectors/support`).get()).data();
    expect(connector).toMatchObject({ leaseUntil: 0, lastSyncAt: null, lastError: null });
  });

  it("answers the validation handshake by echoing the token, and refuses an oversized batch", async () => {
    const handshake = await fetch(`${await notifyUrl()}?validationToken=${encodeURIComponent("hello 1")}`, {
      method: "POST",
    });
    expect(handshake.status).toBe(200);
    expect(await handshake.text()).toBe("hello 1");
    const flood = await fetch(await notifyUrl(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        value: Array.from({ length: 101 }, () => ({ subscriptionId, clientState: "x" })),
      }),
    });
    expect(flood.status).toBe(413);
  });
});

describe("per-member request rate", () => {
  const me = (member: string): ApiRequest => ({
    method: "GET",
    path: "/v1/me",
    query: {},
    headers: { authorization: `Bearer ${org.token(member)}` },
    body: undefined,
    rawBody: undefined,
  });

  it("answers 429 with Retry-After and a sentence once a member exceeds the budget", async () => {
    // Before: nothing limited a member; a client loop or a stolen token could flood the API and
    // Firestore. The deployed limit is 120 a minute with a burst of 60.
    let allowed = 0;
    let refused: Awaited<ReturnType<typeof deployedApi>> | undefined;
    for (let i = 0; i < 200 && refused === undefined; i++) {
      const reply = await deployedApi(me("ana"));
      if (reply.status === 429) refused = reply;
      else {
        expect(reply.status).toBe(200);
        allowed++;
      }
    }
    expect(allowed).toBeGreaterThanOrEqual(DEFAULT_RATE_LIMIT.burst);
    expect(refused?.headers?.["Retry-After"]).toMatch(/^[1-9]\d*$/);
    expect(refused?.body).toMatchObject({
      error: {
        code: "rate_limited",
        message: expect.stringMatching(/try again in \d+ seconds?\./) as unknown,
      },
    });
    // Another member is not held back by Ana's flood (control).
    expect((await deployedApi(me("ben"))).status).toBe(200);
  });
});
