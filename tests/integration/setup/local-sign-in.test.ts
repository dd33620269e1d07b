// The local stack's sidebars (the workbench's Outlook pane, the Gmail stand-in) sign in with Firebase
// password accounts and name themselves in X-Baton-Client; on the emulator (these suites run there)
// that records the install page's first sign-in, so a local rehearsal of the first run can reach its
// last check. Deployed, the header is ignored (backend/src/setup/client-sign-ins.test.ts).
import type { InstallInfo } from "@baton/shared";
import { createTestOrg, type TestOrg } from "../support/fixtures";
import { adminApp, apiBase, call } from "../support/stack";

const as = (client: string) => ({ headers: { "X-Baton-Client": client } });

describe("a local sidebar's first sign-in on the emulator", () => {
  let t: TestOrg;
  const install = async () => (await call<InstallInfo>(t.token("admin"), "GET", "/setup/install")).body;

  beforeAll(async () => {
    t = await createTestOrg("local-sign-in", { admin: "admin", ana: "agent", ben: "agent" });
  });

  it("lets the browser send X-Baton-Client with the token (CORS preflight)", async () => {
    const preflight = await fetch(`${await apiBase()}/me`, {
      method: "OPTIONS",
      headers: {
        origin: "https://localhost:3000",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization,x-baton-client",
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("x-baton-client");
  });

  it("counts no sidebar for a Firebase token without the header (the dashboard)", async () => {
    expect((await call(t.token("ana"), "GET", "/me")).status).toBe(200);
    const info = await install();
    expect(info.outlook.firstSignIn).toBeNull();
    expect(info.gmail.firstSignIn).toBeNull();
  });

  it("records the first Outlook and Gmail sign-ins from the header, and keeps the first", async () => {
    const before = Date.now();
    expect((await call(t.token("ana"), "GET", "/me", undefined, as("outlook"))).status).toBe(200);
    expect((await call(t.token("ben"), "GET", "/me", undefined, as("gmail"))).status).toBe(200);
    expect((await call(t.token("ben"), "GET", "/me", undefined, as("outlook"))).status).toBe(200);

    const info = await install();
    expect(info.outlook.firstSignIn).toEqual({ at: expect.any(Number) as number, by: t.email("ana") });
    expect(info.outlook.firstSignIn!.at).toBeGreaterThanOrEqual(before - 5000);
    expect(info.gmail.firstSignIn).toEqual({ at: expect.any(Number) as number, by: t.email("ben") });
    const stored = await adminApp().db.collection(`orgs/${t.org}/clientSignIns`).get();
    expect(stored.docs.map((d) => d.id).sort()).toEqual(["gmail", "outlook"]);
  });
});
