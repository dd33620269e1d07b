import { ApiError, createApiClient } from "./client";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

describe("api client", () => {
  it("calls routes by name, leaving empty filters out of the URL", async () => {
    const urls: string[] = [];
    const client = createApiClient(
      "http://x/v1/",
      () => Promise.resolve("t"),
      (url) => {
        urls.push(url);
        return Promise.resolve(json(200, { ok: true }));
      },
    );
    await client.call("metrics", { query: { from: "2026-10-01", to: "2026-10-31", mailbox: "", agent: "" } });
    await client.call("getEscalationSettings", { params: { id: "a/b" } });
    expect(urls).toEqual([
      "http://x/v1/metrics?from=2026-10-01&to=2026-10-31",
      "http://x/v1/mailboxes/a%2Fb/escalation",
    ]);
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
    await expect(client.call("me", {})).resolves.toEqual({ ok: true });
    expect((calls[0]?.[1]?.headers as Record<string, string>).authorization).toBe("Bearer t0k");
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
    await expect(
      client.call("metrics", { query: { from: "2026-10-02", to: "2026-10-01" } }),
    ).rejects.toMatchObject({
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
    await expect(
      client.call("metrics", { query: { from: "2026-10-02", to: "2026-10-01" } }),
    ).rejects.toMatchObject({ code: "http_error", status: 502 });
  });

  it("refuses to call without a session, and reports an unreachable server", async () => {
    const signedOut = createApiClient(
      "http://x/v1",
      () => Promise.resolve(null),
      () => Promise.reject(new Error()),
    );
    await expect(signedOut.call("me", {})).rejects.toBeInstanceOf(ApiError);
    const offline = createApiClient(
      "http://x/v1",
      () => Promise.resolve("t"),
      () => Promise.reject(new TypeError("fetch failed")),
    );
    await expect(offline.call("me", {})).rejects.toMatchObject({ code: "network" });
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
    const file = await asFile.download({ from: "2026-10-01", to: "2026-10-31" });
    expect(file.filename).toBe("m.csv");
    expect(await file.blob.text()).toBe("a,b\r\n");
    const wrapped = createApiClient(
      "http://x/v1",
      () => Promise.resolve("t"),
      () => Promise.resolve(json(200, { contentType: "text/csv", filename: "w.csv", text: "x\r\n" })),
    );
    const got = await wrapped.download({ from: "2026-10-01", to: "2026-10-31" });
    expect([got.filename, await got.blob.text()]).toEqual(["w.csv", "x\r\n"]);
  });

  it("downloads every page of a paged export into one file with one header line", async () => {
    const urls: string[] = [];
    const pages: Record<string, [string, string | null]> = {
      "": ["key,mailbox\r\nc1,support\r\n", "p2"],
      p2: ["key,mailbox\r\nc2,support\r\n", "p3"],
      p3: ["key,mailbox\r\nc3,support\r\n", null],
    };
    const client = createApiClient(
      "http://x/v1",
      () => Promise.resolve("t"),
      (url) => {
        urls.push(url);
        const [text, next] = pages[new URL(url).searchParams.get("cursor") ?? ""]!;
        const headers: Record<string, string> = { "Content-Type": "text/csv" };
        if (next !== null) headers["Baton-Export-Next"] = next;
        return Promise.resolve(new Response(text, { headers }));
      },
    );
    const file = await client.download({ from: "2026-10-01", to: "2026-10-31" });
    expect(await file.blob.text()).toBe("key,mailbox\r\nc1,support\r\nc2,support\r\nc3,support\r\n");
    expect(urls.map((u) => new URL(u).searchParams.get("cursor"))).toEqual([null, "p2", "p3"]);
  });
});
