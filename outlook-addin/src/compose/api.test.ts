import { ApiError } from "@baton/shared/api";
import { createComposeApi } from "./api";

interface Sent {
  url: string;
  method: string | undefined;
  headers: Headers;
  body: unknown;
  keepalive: boolean | undefined;
}

function fakeFetch(answer: { status: number; body: unknown } = { status: 200, body: {} }) {
  const sent: Sent[] = [];
  const fetchImpl = (url: string, init: RequestInit) => {
    sent.push({
      url,
      method: init.method,
      headers: new Headers(init.headers),
      body: typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : undefined,
      keepalive: init.keepalive,
    });
    return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status }));
  };
  return { sent, fetchImpl };
}

function api(target: "local" | "production", fetchImpl: ReturnType<typeof fakeFetch>["fetchImpl"]) {
  let n = 0;
  return createComposeApi({
    baseUrl: "http://api.test/api/v1",
    getToken: () => Promise.resolve("tok"),
    target,
    fetchImpl,
    newRequestId: () => `req-${String(++n)}`,
  });
}

describe("createComposeApi", () => {
  it("sends each call as the route table says, with the bearer token", async () => {
    const { sent, fetchImpl } = fakeFetch({ status: 200, body: { templates: [], truncated: false } });
    const compose = api("production", fetchImpl);
    await compose.searchTemplates("  ", null);
    await compose.searchTemplates(" refund ", "support@demo.baton.test");
    await compose.render("t/1", "c_1");
    await compose.used("t/1", "c_1");
    await compose.used("t/1", "c_1");
    expect(sent.map((s) => `${String(s.method)} ${s.url}`)).toEqual([
      "GET http://api.test/api/v1/templates?limit=20",
      "GET http://api.test/api/v1/templates?limit=20&q=refund&mailbox=support%40demo.baton.test",
      "POST http://api.test/api/v1/templates/t%2F1/render",
      "POST http://api.test/api/v1/templates/t%2F1/used",
      "POST http://api.test/api/v1/templates/t%2F1/used",
    ]);
    expect(sent[2]?.body).toEqual({ conversationKey: "c_1" });
    // A fresh request id per use: the backend counts a retry of the same one once.
    expect(sent.slice(3).map((s) => s.body)).toEqual([
      { requestId: "req-1", conversationKey: "c_1" },
      { requestId: "req-2", conversationKey: "c_1" },
    ]);
    expect(sent.every((s) => s.headers.get("authorization") === "Bearer tok")).toBe(true);
    expect(sent.some((s) => s.headers.has("x-baton-client"))).toBe(false);
  });

  it("says 'replying', and leaves with keepalive so the goodbye outlives a closing pane", async () => {
    const { sent, fetchImpl } = fakeFetch({ status: 200, body: { presence: [] } });
    const compose = api("production", fetchImpl);
    await compose.replying("c 1");
    await compose.leave("c 1");
    expect(sent.map((s) => [s.method, s.url, s.body, s.keepalive])).toEqual([
      ["POST", "http://api.test/api/v1/conversations/c%201/presence", { state: "replying" }, undefined],
      ["DELETE", "http://api.test/api/v1/conversations/c%201/presence", undefined, true],
    ]);
  });

  it("names the pane in X-Baton-Client on a local build only", async () => {
    const { sent, fetchImpl } = fakeFetch({ status: 200, body: { presence: [] } });
    await api("local", fetchImpl).replying("c_1");
    expect(sent[0]?.headers.get("x-baton-client")).toBe("outlook");
    expect(sent[0]?.headers.get("authorization")).toBe("Bearer tok");
  });

  it("reads the conversation's last reply, presence and mailbox", async () => {
    const presence = [{ email: "ben@demo.baton.test", name: "Ben", state: "replying", at: 5 }];
    const { fetchImpl } = fakeFetch({
      status: 200,
      body: {
        conversation: { lastReplyBy: "ben@demo.baton.test", lastOutboundAt: 4, mailbox: "support@x.test" },
        view: { presence },
      },
    });
    await expect(api("production", fetchImpl).conversation("c_1")).resolves.toEqual({
      reply: { lastReplyBy: "ben@demo.baton.test", lastOutboundAt: 4 },
      presence,
      mailbox: "support@x.test",
    });
  });

  it("fails with the backend's own sentence, as an ApiError", async () => {
    const sentence = "You are not a member of this team in Baton. Ask your Baton admin to add you.";
    const { fetchImpl } = fakeFetch({
      status: 403,
      body: { error: { code: "not_member", message: sentence } },
    });
    const failure = api("production", fetchImpl).render("t1", "c_1");
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ code: "not_member", status: 403, message: sentence });
  });
});
