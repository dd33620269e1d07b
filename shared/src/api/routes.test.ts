import { pathFor, routes, type RouteBody, type RouteResponse } from "./routes";
import { API_BASE_PATH, API_VERSION } from "./version";

describe("route table", () => {
  it("lives under /v1", () => {
    expect(API_VERSION).toBe("v1");
    expect(API_BASE_PATH).toBe("/v1");
  });

  it("holds every endpoint of the contract once", () => {
    const endpoints = Object.values(routes).map((route) => `${route.method} ${route.path}`);
    expect(new Set(endpoints).size).toBe(endpoints.length);
    expect(endpoints).toEqual(
      expect.arrayContaining([
        "GET /health",
        "POST /conversations/observe",
        "GET /conversations/{key}",
        "POST /conversations/{key}/claim",
        "POST /conversations/{key}/release",
        "POST /conversations/{key}/assign",
        "POST /conversations/{key}/status",
        "POST /conversations/{key}/priority",
        "POST /conversations/{key}/tags",
        "GET /conversations/{key}/notes",
        "POST /conversations/{key}/notes",
        "PATCH /conversations/{key}/notes/{id}",
        "DELETE /conversations/{key}/notes/{id}",
        "POST /conversations/{key}/presence",
        "GET /queue",
        "PUT /mailboxes/{id}",
        "PUT /members/{email}",
        "DELETE /members/{email}",
        "POST /auth/exchange",
        "GET /me",
        "GET /conversations/{key}/sla",
        "GET /mailboxes/{id}/escalation",
        "PUT /mailboxes/{id}/escalation",
        "PUT /mailboxes/{id}/channels",
        "PUT /mailboxes/{id}/holidays",
      ]),
    );
  });

  it("requires auth everywhere except the health check", () => {
    const open = Object.entries(routes)
      .filter(([, route]) => !route.auth)
      .map(([name]) => name);
    expect(open).toEqual(["health"]);
  });
});

describe("pathFor", () => {
  it("fills and encodes parameters", () => {
    expect(pathFor("deleteNote", { key: "c_abcdefghij", id: "n 1" })).toBe(
      "/conversations/c_abcdefghij/notes/n%201",
    );
    expect(pathFor("queue", {})).toBe("/queue");
  });

  it("types bodies and responses per route", () => {
    const body: RouteBody<"claim"> = { requestId: "req-00000001" };
    const none: RouteBody<"getConversation"> = undefined;
    const health: RouteResponse<"health"> = { ok: true };
    expect([body, none, health]).toEqual([{ requestId: "req-00000001" }, undefined, { ok: true }]);
  });
});
