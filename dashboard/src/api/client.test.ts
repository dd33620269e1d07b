import { ApiError, createApiClient, urlOf } from "./client";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

describe("api client", () => {
  it("builds URLs without empty parameters", () => {
    expect(urlOf("http://x/v1/", "/metrics", { from: "2026-10-01", mailbox: undefined, agent: "" })).toBe(
      "http://x/v1/metrics?from=2026-10-01",
    );
  });

  it("sends the bearer token", async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const client = createApiClient(
      "http://x/v1",
      () => Promise.resolve("t0k"),
      (url, init) => {
        calls.push([url, init]);
        return Promise.resolve(json(200, { ok: true }));
      },
    );
    await expect(client.get("/health")).resolves.toEqual({ ok: true });
    expect((calls[0]?.[1]?.headers as Record<string, string>).Authorization).toBe("Bearer t0k");
  });

  it("turns the error envelope into an ApiError with the field", async () => {
    const client = createApiClient(
      "http://x/v1",
      () => Promise.resolve("t"),
      () =>
        Promise.resolve(
          json(400, {
            error: {
              code: "invalid_request",
              message: "to: must not be before from",
              details: { path: "to" },
            },
          }),
        ),
    );
    await expect(client.get("/metrics")).rejects.toMatchObject({
      code: "invalid_request",
      status: 400,
      field: "to",
      message: "to: must not be before from",
    });
  });

  it("explains a response that is not the envelope by its status", async () => {
    const client = createApiClient(
      "http://x/v1",
      () => Promise.resolve("t"),
      () => Promise.resolve(new Response("<html>", { status: 502, statusText: "Bad Gateway" })),
    );
    await expect(client.get("/metrics")).rejects.toMatchObject({ code: "http_error", status: 502 });
  });

  it("refuses to call without a session, and reports an unreachable server", async () => {
    const signedOut = createApiClient(
      "http://x/v1",
      () => Promise.resolve(null),
      () => Promise.reject(new Error()),
    );
    await expect(signedOut.get("/me")).rejects.toBeInstanceOf(ApiError);
    const offline = createApiClient(
      "http://x/v1",
      () => Promise.resolve("t"),
      () => Promise.reject(new TypeError("fetch failed")),
    );
    await expect(offline.get("/me")).rejects.toMatchObject({ code: "network" });
  });

  it("downloads a CSV sent as a file or wrapped in JSON", async () => {
    const asFile = createApiClient(
      "http://x/v1",
      () => Promise.resolve("t"),
      () =>
        Promise.resolve(
          new Response("a,b\r\n", {
            headers: { "Content-Type": "text/csv", "Content-Disposition": 'attachment; filename="m.csv"' },
          }),
        ),
    );
    const file = await asFile.download("/export.csv");
    expect(file.filename).toBe("m.csv");
    expect(await file.blob.text()).toBe("a,b\r\n");
    const wrapped = createApiClient(
      "http://x/v1",
      () => Promise.resolve("t"),
      () => Promise.resolve(json(200, { contentType: "text/csv", filename: "w.csv", text: "x\r\n" })),
    );
    const got = await wrapped.download("/export.csv");
    expect([got.filename, await got.blob.text()]).toEqual(["w.csv", "x\r\n"]);
  });
});
