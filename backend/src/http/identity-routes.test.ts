import { routes } from "@baton/shared";
import { AuthError, type VerifiedIdentity } from "../auth/identity";
import { createApp, type Handlers } from "./app";
import { fail } from "./errors";
import { createRateLimiter } from "./rate-limit";
import type { ApiRequest } from "./types";

const ana: VerifiedIdentity = { kind: "firebase", email: "ana@firstrun.test", name: "Ana" };

function request(method: string, path: string, authorization: string, body?: unknown): ApiRequest {
  return {
    method,
    path,
    query: {},
    headers: { authorization },
    body,
    rawBody: body === undefined ? undefined : Buffer.from(JSON.stringify(body)),
  };
}

function setup(burst = 100, withIdentify = true) {
  const calls: Array<{ name: string; input: Record<string, unknown> }> = [];
  const handlers = Object.fromEntries(
    Object.keys(routes).map((name) => [
      name,
      (input: Record<string, unknown>) => {
        calls.push({ name, input });
        return Promise.resolve({ handled: name });
      },
    ]),
  ) as unknown as Handlers;
  const app = createApp({
    handlers,
    // Nobody is a member here: the first-run routes must not ask.
    authenticate: () => fail("not_member", "errors.notTeamMember"),
    ...(withIdentify
      ? {
          identify: (header: string | string[] | undefined) =>
            header === "Bearer ana"
              ? Promise.resolve(ana)
              : Promise.reject(new AuthError("errors.authNoToken")),
        }
      : {}),
    now: () => 1_741_600_000_000,
    log: () => undefined,
    rateLimiter: createRateLimiter({ perMinute: 1, burst }),
  });
  return { app, calls };
}

describe("identity routes (first run)", () => {
  it("hands the verified identity to GET /setup and POST /setup/claim without membership", async () => {
    const { app, calls } = setup();
    expect((await app(request("GET", "/v1/setup", "Bearer ana"))).status).toBe(200);
    const claim = await app(request("POST", "/v1/setup/claim", "Bearer ana", { code: "x", orgName: "Acme" }));
    expect(claim.status).toBe(200);
    expect(calls.map((c) => [c.name, c.input.identity, c.input.principal])).toEqual([
      ["getSetup", ana, null],
      ["claimSetup", ana, null],
    ]);
  });

  it("refuses a token that does not verify with 401, before any handler runs", async () => {
    const { app, calls } = setup();
    const reply = await app(request("GET", "/v1/setup", "Bearer forged"));
    expect(reply.status).toBe(401);
    expect(calls).toEqual([]);
  });

  it("still requires membership on the other setup routes (import, install)", async () => {
    const { app, calls } = setup();
    expect((await app(request("GET", "/v1/setup/install", "Bearer ana"))).status).toBe(403);
    const imported = await app(
      request("POST", "/v1/members/import", "Bearer ana", {
        members: [{ email: "bo@firstrun.test", name: "Bo", role: "agent" }],
      }),
    );
    expect(imported.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it("rate-limits each identity like a member", async () => {
    const { app } = setup(2);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app(request("GET", "/v1/setup", "Bearer ana"))).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("answers 401 when the app was built without an identifier", async () => {
    const { app, calls } = setup(100, false);
    expect((await app(request("GET", "/v1/setup", "Bearer ana"))).status).toBe(401);
    expect(calls).toEqual([]);
  });
});
