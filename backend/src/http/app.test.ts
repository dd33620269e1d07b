import { MAX_BODY_BYTES, routes } from "@baton/shared";
import type { Principal } from "../auth/principal";
import { AuthError } from "../auth/identity";
import { createApp, type Handlers } from "./app";
import { fail } from "./errors";
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimit } from "./rate-limit";
import type { ApiRequest } from "./types";

const ana: Principal = { email: "ana@demo.baton.test", org: "demo", role: "agent", name: "Ana" };
const KEY = "c_abcdefghijklmnopqrstuvwx";

function request(method: string, path: string, extra: Partial<ApiRequest> = {}): ApiRequest {
  return {
    method,
    path,
    query: {},
    headers: { authorization: "Bearer good" },
    body: undefined,
    rawBody: undefined,
    ...extra,
  };
}

function json(value: unknown): Partial<ApiRequest> {
  const raw = Buffer.from(JSON.stringify(value));
  return { rawBody: raw, body: value };
}

function setup(limit: RateLimit = DEFAULT_RATE_LIMIT) {
  const clock = { now: 1_741_600_000_000 };
  const calls: Array<{ name: string; input: unknown }> = [];
  const logged: unknown[] = [];
  const handlers = Object.fromEntries(
    Object.keys(routes).map((name) => [
      name,
      (input: unknown) => {
        calls.push({ name, input });
        return Promise.resolve({ handled: name });
      },
    ]),
  ) as unknown as Handlers;
  const app = createApp({
    handlers,
    authenticate: (header) => {
      if (header === "Bearer good") return Promise.resolve(ana);
      if (header === "Bearer ben")
        return Promise.resolve({ ...ana, email: "ben@demo.baton.test", name: "Ben" });
      if (header === "Bearer stranger") fail("not_member", "errors.notTeamMember");
      return Promise.reject(new AuthError("errors.authNoToken"));
    },
    now: () => clock.now,
    log: (_message, error) => logged.push(error),
    rateLimiter: createRateLimiter(limit),
  });
  return { app, calls, logged, handlers, clock };
}

describe("the API dispatcher", () => {
  it("answers the health check without a token", async () => {
    const { app } = setup();
    const reply = await app(request("GET", "/v1/health", { headers: {} }));
    expect(reply).toEqual({ status: 200, body: { handled: "health" } });
  });

  it("routes literal segments before parameters", async () => {
    const { app, calls } = setup();
    const body = {
      mailbox: "support@demo.baton.test",
      platform: "gmail",
      messages: [{ messageId: "<a@x>", from: "c@x.test", subject: "Hi", sentAt: "2025-03-10T09:00:00Z" }],
    };
    const reply = await app(request("POST", "/v1/conversations/observe", json(body)));
    expect(reply.status).toBe(200);
    expect(calls[0]?.name).toBe("observe");
  });

  it("passes validated, parsed input to the handler", async () => {
    const { app, calls } = setup();
    await app(request("POST", `/v1/conversations/${KEY}/claim`, json({ requestId: "req-12345678" })));
    expect(calls[0]).toEqual({
      name: "claim",
      input: {
        principal: { ...ana, languages: [] },
        params: { key: KEY },
        query: undefined,
        body: { requestId: "req-12345678" },
        nowMs: 1_741_600_000_000,
      },
    });
  });

  it("gives handlers the reader's languages: the member's own, then the client's Accept-Language", async () => {
    const { app, calls } = setup();
    const claim = json({ requestId: "req-12345678" });
    const headers = { authorization: "Bearer good", "accept-language": "fr;q=0.5, nl-BE" };
    await app(request("POST", `/v1/conversations/${KEY}/claim`, { ...claim, headers }));
    expect((calls[0]?.input as { principal: { languages: string[] } }).principal.languages).toEqual([
      "nl-BE",
      "fr",
    ]);
  });

  it("answers 404 for unknown paths and paths outside /v1", async () => {
    const { app } = setup();
    for (const path of ["/v1/nope", "/health", "/v2/health", `/v1/conversations/${KEY}/claim/extra`]) {
      const reply = await app(request("GET", path));
      expect(reply.status).toBe(404);
      expect(reply.body).toMatchObject({ error: { code: "not_found" } });
    }
  });

  it("answers 405 with the allowed methods for a known path", async () => {
    const { app } = setup();
    const reply = await app(request("DELETE", `/v1/conversations/${KEY}/claim`));
    expect(reply.status).toBe(405);
    expect(reply.body).toEqual({
      error: {
        code: "method_not_allowed",
        message: "DELETE is not supported here; use POST.",
        key: "errors.methodNotAllowed",
        params: { method: "DELETE", allowed: "POST" },
      },
    });
  });

  it("answers 401 without a valid token and 403 for a non-member", async () => {
    const { app, calls } = setup();
    const missing = await app(request("GET", `/v1/conversations/${KEY}`, { headers: {} }));
    expect(missing).toEqual({
      status: 401,
      body: {
        error: {
          code: "unauthenticated",
          message: "Sign in first: the request has no Authorization: Bearer token.",
          key: "errors.authNoToken",
        },
      },
    });
    const stranger = await app(
      request("GET", `/v1/conversations/${KEY}`, { headers: { authorization: "Bearer stranger" } }),
    );
    expect(stranger.status).toBe(403);
    expect(stranger.body).toMatchObject({ error: { code: "not_member" } });
    expect(calls).toHaveLength(0);
  });

  it.each([
    ["a malformed key", `/v1/conversations/not-a-key/claim`, json({ requestId: "req-12345678" })],
    ["a bad %-escape", `/v1/conversations/%E0%A4%A/claim`, json({ requestId: "req-12345678" })],
    ["invalid JSON", `/v1/conversations/${KEY}/claim`, { rawBody: Buffer.from("{nope"), body: "{nope" }],
    ["a missing body", `/v1/conversations/${KEY}/claim`, {}],
    ["an unknown field", `/v1/conversations/${KEY}/claim`, json({ requestId: "req-12345678", admin: true })],
    ["a wrong type", `/v1/conversations/${KEY}/claim`, json({ requestId: 12345678 })],
    ["a JSON array", `/v1/conversations/${KEY}/claim`, json([1, 2])],
  ])("answers 400 with a message for %s", async (_name, path, extra) => {
    const { app, calls } = setup();
    const reply = await app(request("POST", path, extra));
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      error: expect.objectContaining({
        code: "invalid_request",
        message: expect.any(String) as unknown,
      }) as unknown,
    });
    expect(calls).toHaveLength(0);
  });

  it("refuses repeated and nested query parameters", async () => {
    const { app } = setup();
    const repeated = await app(request("GET", "/v1/queue", { query: { status: ["open", "pending"] } }));
    expect(repeated.status).toBe(400);
    const unknown = await app(request("GET", "/v1/queue", { query: { sort: "asc" } }));
    expect(unknown.status).toBe(400);
  });

  it("answers 413 for a body over the limit without parsing it", async () => {
    const { app } = setup();
    const raw = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const reply = await app(request("POST", "/v1/conversations/observe", { rawBody: raw, body: {} }));
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ error: { code: "payload_too_large" } });
  });

  it("hides unexpected errors behind a generic 500 and logs them", async () => {
    const { app, logged, handlers } = setup();
    handlers.me = () => Promise.reject(new Error("database exploded at /secret/path"));
    const reply = await app(request("GET", "/v1/me"));
    expect(reply.status).toBe(500);
    expect(JSON.stringify(reply.body)).not.toContain("secret");
    expect(reply.body).toMatchObject({ error: { code: "internal" } });
    expect(logged).toHaveLength(1);
  });

  it("renders domain failures from handlers with their status and details", async () => {
    const { app, handlers } = setup();
    handlers.claim = () =>
      fail(
        "already_claimed",
        "errors.alreadyClaimed",
        { owner: "ben@demo.baton.test" },
        { owner: "ben@demo.baton.test", since: 5 },
      );
    const reply = await app(
      request("POST", `/v1/conversations/${KEY}/claim`, json({ requestId: "req-12345678" })),
    );
    expect(reply).toEqual({
      status: 409,
      body: {
        error: {
          code: "already_claimed",
          message: "ben@demo.baton.test already owns this conversation.",
          key: "errors.alreadyClaimed",
          params: { owner: "ben@demo.baton.test" },
          details: { owner: "ben@demo.baton.test", since: 5 },
        },
      },
    });
  });

  it("answers 429 with Retry-After and a sentence once a member spends the burst, and no handler runs", async () => {
    const { app, calls, clock } = setup({ perMinute: 120, burst: 60 });
    const me = () => app(request("GET", "/v1/me"));
    for (let i = 0; i < 60; i++) expect((await me()).status).toBe(200);
    const refused = await me();
    // 120 a minute is one every 500 ms: the next request is possible in under a second.
    expect(refused).toEqual({
      status: 429,
      headers: { "Retry-After": "1" },
      body: {
        // English for logs and old clients; the key and params for the reader's language.
        error: {
          code: "rate_limited",
          message: "You are sending requests faster than Baton allows for one member; try again in 1 second.",
          key: "errors.rateLimited",
          params: { seconds: 1 },
          details: { retryAfterSeconds: 1 },
        },
      },
    });
    expect(calls).toHaveLength(60);
    // Another member has a budget of their own; public routes spend none.
    expect((await app(request("GET", "/v1/me", { headers: { authorization: "Bearer ben" } }))).status).toBe(
      200,
    );
    expect((await app(request("GET", "/v1/health", { headers: {} }))).status).toBe(200);
    clock.now += 500;
    expect((await me()).status).toBe(200);
    expect((await me()).status).toBe(429);
  });
});
