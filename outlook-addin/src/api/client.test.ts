import { ApiError, createApiClient } from "./client";

function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (url: string, init?: RequestInit) => {
    calls.push({ url, init: init ?? {} });
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  };
  return { calls, fetchImpl: fetchImpl as unknown as typeof fetch };
}

const base = "http://127.0.0.1:5001/demo-baton/us-central1/api/v1";

describe("the API client", () => {
  it("sends commands with a bearer token and a fresh request id", async () => {
    const { calls, fetchImpl } = fakeFetch(200, { conversation: { key: "c_1" }, sla: {}, view: {} });
    const api = createApiClient({
      baseUrl: base,
      getToken: () => Promise.resolve("tok"),
      fetchImpl,
      newRequestId: () => "req-00000001",
    });
    await api.claim("c_0123456789");
    expect(calls[0]?.url).toBe(`${base}/conversations/c_0123456789/claim`);
    expect(calls[0]?.init.method).toBe("POST");
    expect((calls[0]?.init.headers as Record<string, string>).authorization).toBe("Bearer tok");
    expect(JSON.parse(calls[0]?.init.body as string)).toEqual({ requestId: "req-00000001" });
  });

  it("puts DELETE's idempotency key in the query", async () => {
    const { calls, fetchImpl } = fakeFetch(200, {});
    const api = createApiClient({
      baseUrl: base,
      getToken: () => Promise.resolve("t"),
      fetchImpl,
      newRequestId: () => "req-00000002",
    });
    await api.deleteNote("c_0123456789", "n1");
    expect(calls[0]?.url).toBe(`${base}/conversations/c_0123456789/notes/n1?requestId=req-00000002`);
    expect(calls[0]?.init.body).toBeUndefined();
  });

  it("sets and clears a follow-up and snoozes, by instant or next business morning (issue 17)", async () => {
    const { calls, fetchImpl } = fakeFetch(200, { conversation: { key: "c_1" }, sla: {}, view: {} });
    let n = 0;
    const api = createApiClient({
      baseUrl: base,
      getToken: () => Promise.resolve("t"),
      fetchImpl,
      newRequestId: () => `req-0000001${++n}`,
    });
    await api.setFollowUp("c_0123456789", "2026-11-24T08:00:00.000Z");
    await api.snooze("c_0123456789", "next_business_morning");
    await api.clearFollowUp("c_0123456789");
    expect(
      calls.map((c): unknown[] => [
        c.init.method,
        c.url,
        c.init.body && (JSON.parse(c.init.body as string) as unknown),
      ]),
    ).toEqual([
      [
        "POST",
        `${base}/conversations/c_0123456789/follow-up`,
        { dueAt: "2026-11-24T08:00:00.000Z", requestId: "req-00000011" },
      ],
      [
        "POST",
        `${base}/conversations/c_0123456789/snooze`,
        { until: "next_business_morning", requestId: "req-00000012" },
      ],
      ["DELETE", `${base}/conversations/c_0123456789/follow-up?requestId=req-00000013`, undefined],
    ]);
  });

  it("turns an error body into an ApiError with code, message and details", async () => {
    const { fetchImpl } = fakeFetch(409, {
      error: {
        code: "already_claimed",
        message: "Ana already claimed this.",
        details: { owner: "ana@x.test", since: 5 },
      },
    });
    const api = createApiClient({ baseUrl: base, getToken: () => Promise.resolve("t"), fetchImpl });
    const error = await api.claim("c_0123456789").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: "already_claimed",
      status: 409,
      details: { owner: "ana@x.test", since: 5 },
    });
  });

  it("says the server could not be reached on a network failure", async () => {
    const api = createApiClient({
      baseUrl: base,
      getToken: () => Promise.resolve("t"),
      fetchImpl: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    await expect(api.me()).rejects.toMatchObject({
      code: "network",
      message: expect.stringContaining("cannot be reached") as unknown,
    });
  });

  it("refuses to call without a session, and exchanges tokens without one", async () => {
    const { calls, fetchImpl } = fakeFetch(200, { customToken: "ct" });
    const api = createApiClient({ baseUrl: base, getToken: () => Promise.resolve(null), fetchImpl });
    await expect(api.get("c_0123456789")).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(api.exchange("microsoft", "sso")).resolves.toEqual({ customToken: "ct" });
    expect((calls[0]?.init.headers as Record<string, string>).authorization).toBeUndefined();
  });
});
