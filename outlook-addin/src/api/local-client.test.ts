import { fetchForTarget } from "./local-client";

function recorder() {
  const seen: Headers[] = [];
  const fetchImpl = (_url: string, init: RequestInit) => {
    seen.push(new Headers(init.headers));
    return Promise.resolve(new Response("{}"));
  };
  return { seen, fetchImpl };
}

describe("the pane's API requests name the sidebar on the local stack only", () => {
  it("adds X-Baton-Client: outlook to a local build's requests, keeping the token", async () => {
    const { seen, fetchImpl } = recorder();
    await fetchForTarget("local", fetchImpl)("https://api/v1/me", { headers: { authorization: "Bearer t" } });
    expect(seen[0]?.get("x-baton-client")).toBe("outlook");
    expect(seen[0]?.get("authorization")).toBe("Bearer t");
  });

  it("sends nothing extra from a production build", async () => {
    const { seen, fetchImpl } = recorder();
    await fetchForTarget("production", fetchImpl)("https://api/v1/me", {
      headers: { authorization: "Bearer t" },
    });
    expect(seen[0]?.has("x-baton-client")).toBe(false);
  });
});
