// Bodies the platform's own parser refuses before our function runs (issue 12: "Malformed JSON gets
// an HTML 'Bad Request' page, not the API's JSON error"). Raw bytes go through the real function;
// each answer must be the API's JSON error with a sentence, whichever layer refused it.
import { createTestOrg, type TestOrg } from "./support/fixtures";
import { apiBase, call, type Reply } from "./support/stack";

function expectJsonError(reply: Reply, status: number, code: string): void {
  expect(reply.status).toBe(status);
  expect(reply.contentType).toMatch(/^application\/json/);
  expect(reply.body).toMatchObject({ error: { code, message: expect.stringMatching(/\w/) as unknown } });
  expect(reply.text).not.toMatch(/<html|<!DOCTYPE|at JSON\.parse|node_modules|SyntaxError/i);
}

describe("request bodies the API cannot read", () => {
  let org: TestOrg;

  beforeAll(async () => {
    org = await createTestOrg("bodies", { ana: "agent" });
  });

  it("answers malformed JSON sent as application/json with the API's JSON 400", async () => {
    for (const raw of ["{not json", '{"mailbox": ', "[1, 2", "\u0000\u0001"]) {
      const reply = await call(org.token("ana"), "POST", "/conversations/observe", undefined, { raw });
      expectJsonError(reply, 400, "invalid_request");
      expect(reply.body).toMatchObject({ error: { message: "The request body is not valid JSON." } });
    }
  });

  it("answers it before authentication too: no token, same JSON 400", async () => {
    const reply = await call(null, "POST", "/conversations/observe", undefined, { raw: "{oops" });
    expectJsonError(reply, 400, "invalid_request");
  });

  it("lets a browser on another origin read that error", async () => {
    const response = await fetch(`${await apiBase()}/conversations/observe`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${org.token("ana")}`,
        "content-type": "application/json",
        origin: "https://localhost:3000",
      },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
  });

  it("answers an unsupported charset, a wrong content type and an empty body in the same shape", async () => {
    const charset = await call(org.token("ana"), "POST", "/conversations/observe", undefined, {
      raw: "{}",
      contentType: "application/json; charset=latin1",
    });
    expectJsonError(charset, 400, "invalid_request");

    const form = await call(org.token("ana"), "POST", "/conversations/observe", undefined, {
      raw: "mailbox=support&platform=gmail",
      contentType: "application/x-www-form-urlencoded",
    });
    expectJsonError(form, 400, "invalid_request");

    const empty = await call(org.token("ana"), "POST", "/conversations/observe", undefined, {
      raw: "",
    });
    expectJsonError(empty, 400, "invalid_request");
  });

  it("answers a body over the API's limit with the JSON 413", async () => {
    const reply = await call(org.token("ana"), "POST", "/conversations/observe", undefined, {
      raw: JSON.stringify({ pad: "x".repeat(1_100_000) }),
    });
    expectJsonError(reply, 413, "payload_too_large");
  });
});
