import { entraClientId, setupConfigFromEnv } from "./config";

const GUID = "0f1e2d3c-4b5a-4968-8776-655443322110";

describe("the setup configuration from the environment", () => {
  it("reads lists and drops trailing slashes", () => {
    const config = setupConfigFromEnv({
      BATON_SETUP_CODE_SHA256: "A".repeat(64),
      BATON_SETUP_DOMAINS: "Acme.example, acme.co.uk",
      BATON_SETUP_TENANTS: "",
      BATON_HOSTING_ORIGIN: "https://acme.web.app/",
      BATON_API_BASE: " https://api.acme.example/v1 ",
    });
    expect(config).toMatchObject({
      codeSha256: "a".repeat(64),
      domains: ["acme.example", "acme.co.uk"],
      tenants: [],
      hostingOrigin: "https://acme.web.app",
      apiBase: "https://api.acme.example/v1",
      gmailDeploymentId: null,
    });
  });

  it("treats a value that is not a SHA-256 as no setup code", () => {
    expect(setupConfigFromEnv({ BATON_SETUP_CODE_SHA256: "not-a-digest" }).codeSha256).toBeNull();
    expect(setupConfigFromEnv({}).codeSha256).toBeNull();
  });

  it("finds the Entra client id in a bare GUID or an Application ID URI", () => {
    expect(entraClientId([`api://acme.web.app/${GUID}`])).toBe(GUID);
    expect(entraClientId(["api://x/other", GUID])).toBe(GUID);
    expect(entraClientId(["api://localhost:3000/baton"])).toBe("api://localhost:3000/baton");
    expect(entraClientId([])).toBeNull();
  });
});
