import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkConfig } from "./checks";
import { apiBaseOf, parseConfig } from "./config";
import { validConfig } from "./config.test-support";

describe("parseConfig", () => {
  it("fills the defaults: region, Hosting origin from the project", () => {
    const { config } = parseConfig({ ...validConfig("acme-baton"), region: undefined }, null);
    expect(config).toMatchObject({ region: "us-central1", hostingOrigin: "https://acme-baton.web.app" });
    expect(apiBaseOf(config!)).toBe("https://us-central1-acme-baton.cloudfunctions.net/api/v1");
  });
  it("takes the project from --project when the file has none", () => {
    const { project: _drop, ...rest } = validConfig();
    expect(parseConfig(rest, "acme-baton").config?.project).toBe("acme-baton");
  });
  it("says a project is needed when neither gives one", () => {
    const { project: _drop, ...rest } = validConfig();
    expect(parseConfig(rest, null).problems).toEqual([expect.stringContaining("pass --project <id>")]);
  });
  it("refuses --project that is not the config's", () => {
    expect(parseConfig(validConfig("acme-baton"), "other-baton").problems).toEqual([
      expect.stringContaining("does not match the config's project"),
    ]);
  });
  it("says what a missing Entra client id is and where to find it", () => {
    const { problems } = parseConfig({ ...validConfig(), microsoft: { tenants: [] } }, null);
    expect(problems).toEqual([
      "microsoft.clientId must be the Entra application (client) id, a GUID like 1b2c3d4e-…; find it in Entra admin center > App registrations.",
    ]);
  });
  it("says each shape problem once", () => {
    const { problems } = parseConfig({ project: "demo-baton", google: { audiences: "x" } }, null);
    expect(problems).toEqual([
      expect.stringContaining("google.audiences must be a list"),
      expect.stringContaining("microsoft must be an object"),
      expect.stringContaining("orgDomains must be a list"),
    ]);
  });
  it("accepts the committed example, which passes every check", () => {
    const example: unknown = JSON.parse(
      readFileSync(join(__dirname, "..", "..", "baton.config.example.json"), "utf8"),
    );
    const { config, problems } = parseConfig(example, null);
    expect(problems).toEqual([]);
    expect(checkConfig(config!, false)).toEqual([]);
  });
});
