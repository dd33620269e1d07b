import { ApiError, ENDPOINTS, parseReply, readErrorEnvelope, request } from "./client";
import { createFetchClient } from "./fetch-transport";
import { errorEnvelopeSchema } from "./http-errors";
import { routes, type RouteName } from "./routes";
import { validateReply } from "./validate-reply";

const caught = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("did not throw");
};

describe("the transport-free client", () => {
  it("knows every route's method and path exactly as the table says", () => {
    const fromTable = Object.fromEntries(
      (Object.keys(routes) as RouteName[]).map((name) => [
        name,
        `${routes[name].method} ${routes[name].path}`,
      ]),
    );
    expect(ENDPOINTS).toEqual(fromTable);
  });

  it("fills and encodes path parameters, drops empty query values and sends JSON bodies", () => {
    expect(
      request(
        "deleteNote",
        { params: { key: "c_0123456789", id: "n/1" }, query: { requestId: "r 1" } },
        "tok",
      ),
    ).toEqual({
      method: "DELETE",
      path: "/conversations/c_0123456789/notes/n%2F1?requestId=r%201",
      headers: { accept: "application/json", authorization: "Bearer tok" },
    });
    expect(request("queue", { query: { mailbox: "", limit: 200, cursor: undefined } }).path).toBe(
      "/queue?limit=200",
    );
    const claim = request(
      "claim",
      { params: { key: "c_0123456789" }, body: { requestId: "req-00000001" } },
      "t",
    );
    expect(claim).toMatchObject({ method: "POST", body: '{"requestId":"req-00000001"}' });
    expect(claim.headers["content-type"]).toBe("application/json");
    expect(request("me", {}).headers.authorization).toBeUndefined();
  });

  it("lets the compiler find a caller that forgets a parameter or a body", () => {
    // @ts-expect-error: claim needs its conversation key.
    expect(() => request("claim", { body: { requestId: "req-00000001" } })).toThrow("missing parameter key");
    // @ts-expect-error: observe needs a body.
    expect(request("observe", {}).body).toBeUndefined();
  });

  it("returns a 2xx body as the route's response, and the CSV export as text", () => {
    expect(parseReply("removeMember", 200, '{"removed":"a@x.test"}')).toEqual({ removed: "a@x.test" });
    expect(parseReply("exportCsv", 200, "a,b\r\n")).toBe("a,b\r\n");
    expect(caught(() => parseReply("me", 200, "<html>"))).toMatchObject({ code: "http_error", status: 200 });
  });

  it("turns the error envelope into one ApiError with code, sentence, details and Retry-After", () => {
    const body = JSON.stringify({
      error: { code: "rate_limited", message: "Slow down.", details: { path: "limit" } },
    });
    const error = caught(() => parseReply("queue", 429, body, "30"));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: "rate_limited",
      message: "Slow down.",
      status: 429,
      details: { path: "limit" },
      retryAfter: 30,
      field: "limit",
    });
  });

  it("carries the envelope's catalogue key and params, for errorText in the reader's language", () => {
    const body = JSON.stringify({
      error: {
        code: "rate_limited",
        message: "Slow down.",
        key: "errors.rateLimited",
        params: { seconds: 3 },
      },
    });
    expect(caught(() => parseReply("queue", 429, body))).toMatchObject({
      key: "errors.rateLimited",
      params: { seconds: 3 },
    });
    const old = JSON.stringify({ error: { code: "rate_limited", message: "Slow down." } });
    expect(caught(() => parseReply("queue", 429, old))).toMatchObject({ key: null, params: {} });
  });

  it("explains an answer that is not the envelope by its status", () => {
    expect(caught(() => parseReply("me", 502, "<html>Bad Gateway</html>"))).toMatchObject({
      code: "http_error",
      status: 502,
      message: "Baton's server answered 502. Try again in a moment.",
      retryAfter: null,
    });
  });

  it("reads the envelope as errorEnvelopeSchema does (without carrying zod into the pane)", () => {
    const samples: unknown[] = [
      { error: { code: "already_claimed", message: "Ana has it.", details: { owner: "ana@x.test" } } },
      { error: { code: "forbidden", message: "No." } },
      { error: { code: "forbidden", message: "No.", key: "errors.internal", params: { n: 1, s: "x" } } },
      { error: { code: "forbidden" } },
      { error: "forbidden" },
      { message: "x" },
      null,
    ];
    for (const sample of samples) {
      const schema = errorEnvelopeSchema.safeParse(sample);
      const structural = readErrorEnvelope(sample);
      expect(structural !== null).toBe(schema.success);
      if (schema.success)
        expect(structural).toEqual({ details: {}, key: null, params: {}, ...schema.data.error });
    }
  });

  it("validates an answer against the route's schema where zod is affordable", () => {
    expect(validateReply("removeMember", { removed: "a@x.test" })).toEqual({ removed: "a@x.test" });
    expect(() => validateReply("removeMember", { gone: true })).toThrow();
  });
});

describe("the fetch transport", () => {
  const base = "http://api.test/v1/";

  it("joins the base, adds the token and parses the answer", async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const client = createFetchClient({
      baseUrl: base,
      getToken: () => Promise.resolve("tok"),
      fetchImpl: (url, init) => {
        calls.push({ url, init });
        return Promise.resolve(new Response('{"removed":"a@x.test"}', { status: 200 }));
      },
    });
    await expect(client.call("removeMember", { params: { email: "a@x.test" } })).resolves.toEqual({
      removed: "a@x.test",
    });
    expect(calls[0]?.url).toBe("http://api.test/v1/members/a%40x.test");
    expect(calls[0]?.init).toMatchObject({ method: "DELETE", headers: { authorization: "Bearer tok" } });
  });

  it("refuses to call without a session unless the route goes anonymously, and reports no answer", async () => {
    const answered = createFetchClient({
      baseUrl: base,
      getToken: () => null,
      fetchImpl: () => Promise.resolve(new Response('{"customToken":"ct"}')),
    });
    await expect(answered.call("me", {})).rejects.toMatchObject({ code: "unauthenticated", status: 401 });
    await expect(
      answered.call("authExchange", { body: { provider: "microsoft", token: "sso" } }, { anonymous: true }),
    ).resolves.toEqual({ customToken: "ct" });
    const offline = createFetchClient({
      baseUrl: base,
      getToken: () => "t",
      fetchImpl: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    await expect(offline.call("me", {})).rejects.toMatchObject({ code: "network", status: 0 });
  });

  it("hands a file's raw answer over, and throws on a failed one", async () => {
    const client = createFetchClient({
      baseUrl: base,
      getToken: () => "t",
      fetchImpl: (url) =>
        Promise.resolve(
          url.includes("export")
            ? new Response("a,b\r\n", { headers: { "content-type": "text/csv" } })
            : new Response('{"error":{"code":"forbidden","message":"Admins only."}}', { status: 403 }),
        ),
    });
    expect(
      await (await client.send("exportCsv", { query: { from: "2026-10-01", to: "2026-10-31" } })).text(),
    ).toBe("a,b\r\n");
    await expect(client.send("rebuildMetrics", { body: {} })).rejects.toMatchObject({ code: "forbidden" });
  });
});
