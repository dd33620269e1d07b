import { createTestOrg, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

const ERROR_SHAPE = {
  error: { code: expect.any(String) as unknown, message: expect.any(String) as unknown },
};

describe("API basics against the emulators", () => {
  let org: TestOrg;

  beforeAll(async () => {
    org = await createTestOrg("basics", { ana: "agent" });
  });

  it("answers the health check without a token", async () => {
    const reply = await call(null, "GET", "/health");
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ ok: true });
  });

  it("refuses requests without a token, with a bad token, and from non-members", async () => {
    expect((await call(null, "GET", "/me")).status).toBe(401);
    const bad = await call("not.a.token", "GET", "/me");
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject(ERROR_SHAPE);

    const stranger = await createTestOrg("stranger", { zed: "agent" });
    await adminApp()
      .db.doc(`orgs/${stranger.org}/members/${stranger.email("zed")}`)
      .delete();
    const refused = await call(stranger.token("zed"), "GET", "/me");
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: "not_member" } });
  });

  it("answers /me with the caller and the team", async () => {
    const reply = await call<{ email: string; role: string; org: string; members: unknown[] }>(
      org.token("ana"),
      "GET",
      "/me",
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ email: org.email("ana"), role: "agent", org: org.org });
    expect(reply.body.members).toEqual([{ email: org.email("ana"), name: "Ana", role: "agent" }]);
  });

  it("answers 404 for unknown routes and 405 for wrong methods, in the error shape", async () => {
    const unknown = await call(org.token("ana"), "GET", "/nothing-here");
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject(ERROR_SHAPE);
    const wrong = await call(org.token("ana"), "DELETE", "/queue");
    expect(wrong.status).toBe(405);
    expect(wrong.body).toMatchObject({ error: { code: "method_not_allowed" } });
  });

  it("answers 400 for malformed keys and bodies that are not JSON, without a stack trace", async () => {
    const key = await call(org.token("ana"), "GET", "/conversations/..%2F..%2Fsecrets");
    expect(key.status).toBe(400);
    expect(key.body).toMatchObject({ error: { code: "invalid_request" } });

    const asText = await call(org.token("ana"), "POST", "/conversations/observe", undefined, {
      raw: "{not json",
      contentType: "text/plain",
    });
    expect(asText.status).toBe(400);
    expect(asText.body).toMatchObject({
      error: { code: "invalid_request", message: expect.stringContaining("JSON") as unknown },
    });

    // With Content-Type: application/json the platform's body parser refuses the bytes before our
    // code runs; it must still be a 400 and must not show internals.
    const asJson = await call(org.token("ana"), "POST", "/conversations/observe", undefined, {
      raw: "{not json",
    });
    expect(asJson.status).toBe(400);
    expect(asJson.text).not.toMatch(/at JSON\.parse|node_modules|SyntaxError/);
  });

  it("answers 413 for a body over the limit", async () => {
    const huge = JSON.stringify({
      mailbox: org.mailbox,
      platform: "gmail",
      messages: [],
      pad: "x".repeat(1_100_000),
    });
    const reply = await call(org.token("ana"), "POST", "/conversations/observe", undefined, { raw: huge });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ error: { code: "payload_too_large" } });
  });
});
