import { ACTIONS, can, ROLES, routes, type Action, type Role, type RouteSpec } from "@baton/shared";
import type { Principal } from "../auth/principal";
import type { ServerDeps } from "../handlers/deps";
import { createHandlers } from "../handlers";
import { createApp } from "./app";
import { createRateLimiter } from "./rate-limit";
import type { ApiReply } from "./types";

// Every service fails the test if touched: a refusal must come before any read or write.
const untouchable = (what: string): never =>
  new Proxy(
    {},
    {
      get(_target, property) {
        throw new Error(`${what}.${String(property)} was used before the permission was checked`);
      },
    },
  ) as never;

const deps = {
  db: untouchable("db"),
  auth: untouchable("auth"),
  verifiers: untouchable("verifiers"),
  log: () => undefined,
  txtLookup: () => Promise.reject(new Error("no DNS in this test")),
} satisfies ServerDeps;

/** A role the table has never heard of (a stale token): even `read` is refused. */
const STALE = "owner" as Role;

function appFor(role: Role) {
  const member: Principal = { email: "m@demo.baton.test", org: "demo", role, name: "M" };
  return createApp({
    handlers: createHandlers(deps),
    authenticate: () => Promise.resolve(member),
    now: () => 0,
    log: (_message, error) => {
      throw error;
    },
    rateLimiter: createRateLimiter({ perMinute: 10_000, burst: 10_000 }),
  });
}

/** The route's path with made-up parameters: authorization never depends on them. */
function pathOf(route: RouteSpec): string {
  return `/v1${route.path.replace(/\{\w+\}/g, "x")}`;
}

const call = (role: Role, route: RouteSpec): Promise<ApiReply> =>
  appFor(role)({
    method: route.method,
    path: pathOf(route),
    query: {},
    headers: { authorization: "Bearer t" },
    body: {},
    rawBody: Buffer.from("{}"),
  });

const declared = (Object.entries(routes) as Array<[string, RouteSpec]>).filter(
  (entry): entry is [string, RouteSpec & { permission: Action }] => entry[1].permission !== null,
);

describe("the permission middleware", () => {
  it("has a permission declared for every route, null only where no member calls", () => {
    for (const route of Object.values(routes) as RouteSpec[]) {
      expect(route.permission === null || ACTIONS.includes(route.permission)).toBe(true);
    }
    const open = Object.entries(routes)
      .filter(([, route]) => (route as RouteSpec).permission === null)
      .map(([name]) => name);
    // The first-run routes are open to non-members but still verify the token (`identity: true`).
    expect(open.sort()).toEqual(["authExchange", "claimSetup", "getSetup", "health"]);
    expect(
      open.filter((name) => (routes[name as keyof typeof routes] as RouteSpec).identity === true),
    ).toEqual(["claimSetup", "getSetup"]);
  });

  it.each(declared)(
    "refuses %s to every role without its permission, before the handler touches anything",
    async (_name, route) => {
      const refused = [...ROLES.filter((role) => !can(role, route.permission)), STALE];
      for (const role of refused) {
        const reply = await call(role, route);
        expect(reply.status).toBe(403);
        expect(reply.body).toEqual({
          error: {
            code: "forbidden",
            message: expect.stringMatching(new RegExp(`^Your role \\(${role}\\) can't .+\\.$`)) as unknown,
            // Every route's refusal phrase is keyed, so a client says it in its reader's language.
            key: "errors.roleCant",
            params: { role, whatKey: expect.stringMatching(/^errors\.cant/) as unknown },
            details: { action: route.permission },
          },
        });
      }
    },
  );

  it.each([
    ["viewer", "claim", "Your role (viewer) can't claim conversations."],
    [STALE, "getConversation", "Your role (owner) can't see conversations."],
    ["agent", "putMailbox", "Your role (agent) can't change mailboxes."],
    ["lead", "putMember", "Your role (lead) can't change members."],
    ["lead", "removeMember", "Your role (lead) can't remove members."],
    ["lead", "getEscalationSettings", "Your role (lead) can't change a mailbox's escalation settings."],
    ["lead", "putOrgSettings", "Your role (lead) can't change the organisation's settings."],
    ["agent", "putOrgIdentity", "Your role (agent) can't change the organisation's domains and tenants."],
    ["agent", "metrics", "Your role (agent) can't see team metrics; they are for leads and admins."],
    ["lead", "rebuildMetrics", "Your role (lead) can't rebuild the metrics; only admins can."],
    ["lead", "getJob", "Your role (lead) can't see background jobs; only admins can."],
  ] as const)("tells a %s why %s is refused", async (role, name, message) => {
    const reply = await call(role, routes[name]);
    expect(reply.body).toMatchObject({ error: { code: "forbidden", message } });
  });

  it("lets a role with the permission through to the handler", async () => {
    // The handler runs and reaches the (untouchable) database: the middleware did not stop it.
    const reply = appFor("agent")({
      method: "GET",
      path: "/v1/queue",
      query: {},
      headers: { authorization: "Bearer t" },
      body: undefined,
      rawBody: undefined,
    });
    await expect(reply).rejects.toThrow("used before the permission was checked");
  });
});
