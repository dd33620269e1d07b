import type { BatonConfig } from "../config";
import { TOKEN_REFRESH_MARGIN_MS, tokenSource } from "./token";

const config = {
  target: "local",
  apiBase: "http://api.test",
  firebase: { apiKey: "demo-key", authDomain: "x", projectId: "demo" },
  org: "demo",
  demoMembers: [],
  demoPassword: "demo-password",
  emulators: { auth: "http://127.0.0.1:9099", firestore: "127.0.0.1:8080" },
} as unknown as BatonConfig;

function identityToolkit() {
  const urls: string[] = [];
  let n = 0;
  const fetchImpl = jest.fn((url: string, _init: RequestInit) => {
    urls.push(url);
    n += 1;
    const body = url.includes("securetoken")
      ? { id_token: `id-${n}`, refresh_token: `r-${n}`, expires_in: "3600" }
      : { idToken: `id-${n}`, refreshToken: `r-${n}`, expiresIn: "3600" };
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
  });
  return { urls, fetchImpl };
}

describe("tokenSource (local stack)", () => {
  it("signs a demo member in against the Auth emulator once, shares it, and refreshes it before expiry", async () => {
    const { urls, fetchImpl } = identityToolkit();
    let now = 0;
    const tokens = tokenSource(config, "ana@demo.baton.test", fetchImpl, () => now);
    const [a, b] = await Promise.all([tokens.get(), tokens.get()]);
    expect([a, b]).toEqual(["id-1", "id-1"]);
    expect(urls).toEqual([
      "http://127.0.0.1:9099/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-key",
    ]);
    now = 3600_000 - TOKEN_REFRESH_MARGIN_MS + 1;
    await expect(tokens.get()).resolves.toBe("id-2");
    expect(urls[1]).toBe("http://127.0.0.1:9099/securetoken.googleapis.com/v1/token?key=demo-key");
  });

  it("says why when the emulator refuses", async () => {
    const fetchImpl = () =>
      Promise.resolve(
        new Response(JSON.stringify({ error: { message: "INVALID_PASSWORD" } }), { status: 400 }),
      );
    await expect(tokenSource(config, "ana@demo.baton.test", fetchImpl).get()).rejects.toThrow(
      "Baton could not sign you in (INVALID_PASSWORD).",
    );
  });
});
