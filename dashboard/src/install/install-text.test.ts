import type { InstallInfo } from "@baton/shared/api";
import { googleValues, microsoftValues, signInLine } from "./install-text";

const info = (over: Partial<InstallInfo> = {}): InstallInfo => ({
  org: { id: "acme", name: "Acme" },
  apiBase: "https://api.example/v1",
  hostingOrigin: "https://acme.web.app",
  outlook: {
    manifestUrl: "https://acme.web.app/manifest.xml",
    clientId: "11111111-2222-3333-4444-555555555555",
    tenants: ["t-1", "t-2"],
    firstSignIn: null,
  },
  gmail: { deploymentId: "AKfy-deploy", oauthClientIds: ["a.apps.googleusercontent.com"], firstSignIn: null },
  ...over,
});

// 2026-03-10 09:42 UTC = 10:42 in Amsterdam (CET, UTC+1), 05:42 in New York (EDT since 8 March, UTC-4).
const AT = Date.UTC(2026, 2, 10, 9, 42);
const NOW = AT + 30 * 60_000;

describe("the sidebar check", () => {
  it("says what to do while no sidebar has called the API", () => {
    expect(signInLine("Outlook", null, NOW, "Europe/Amsterdam")).toBe(
      "No Outlook sign-in yet — open a message in Outlook with Baton installed.",
    );
    expect(signInLine("Gmail", null, NOW, "Europe/Amsterdam")).toMatch(
      /^No Gmail sign-in yet — .* in Gmail /,
    );
  });

  it("names the first sign-in's time on the reader's clock and who it was", () => {
    const signIn = { at: AT, by: "ana@acme.test" };
    expect(signInLine("Outlook", signIn, NOW, "Europe/Amsterdam")).toBe(
      "Outlook: first sign-in 10:42 by ana@acme.test",
    );
    expect(signInLine("Gmail", signIn, NOW, "America/New_York")).toBe(
      "Gmail: first sign-in 05:42 by ana@acme.test",
    );
  });

  it("adds the day once the sign-in is not today", () => {
    // Five days later: within the week, so the weekday names it (10 March 2026 is a Tuesday).
    expect(
      signInLine("Outlook", { at: AT, by: "ana@acme.test" }, AT + 5 * 86_400_000, "Europe/Amsterdam"),
    ).toBe("Outlook: first sign-in Tue 10:42 by ana@acme.test");
  });
});

describe("the deployment's values", () => {
  it("lists the manifest, the client id and the tenants for Microsoft 365", () => {
    expect(microsoftValues(info()).map((v) => [v.label, v.value])).toEqual([
      ["Manifest URL", "https://acme.web.app/manifest.xml"],
      ["Entra application (client) ID", "11111111-2222-3333-4444-555555555555"],
      ["Entra tenants", "t-1, t-2"],
    ]);
  });

  it("says how to fix each value a deployment lacks", () => {
    const bare = info({
      hostingOrigin: null,
      outlook: { manifestUrl: null, clientId: null, tenants: [], firstSignIn: null },
      gmail: { deploymentId: null, oauthClientIds: [], firstSignIn: null },
    });
    for (const value of [...microsoftValues(bare), ...googleValues(bare)]) {
      expect(value.value).toBeNull();
      expect(value.missing).toMatch(/baton\.config\.json/);
    }
  });

  it("lists the deployment id and OAuth client ids for the Marketplace SDK", () => {
    expect(googleValues(info()).map((v) => v.value)).toEqual(["AKfy-deploy", "a.apps.googleusercontent.com"]);
  });
});
