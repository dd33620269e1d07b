import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkCompiledApiBase,
  checkCompiledMicrosoft,
  checkGmailWhitelist,
  checkOutlookManifest,
  outlookManifestFor,
} from "./artefacts";
import { fileAtIn } from "./served-files";

const repoXml = readFileSync(join(__dirname, "..", "..", "manifests", "outlook", "manifest.xml"), "utf8");
const origin = "https://acme-baton.web.app";
const clientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
const served = fileAtIn([join(__dirname, "..", "..", "outlook-addin", "public")], true);
const API = "https://us-central1-acme-baton.cloudfunctions.net/api/v1";

describe("the Outlook manifest for a deployment", () => {
  it("carries the host and the Entra app, and passes the add-in's checks", () => {
    const xml = outlookManifestFor(repoXml, origin, clientId);
    expect(xml).toContain(`<Resource>api://acme-baton.web.app/${clientId}</Resource>`);
    expect(xml).not.toContain("localhost");
    expect(checkOutlookManifest(xml, { origin, clientId }, served)).toEqual([]);
  });
  it("refuses a manifest whose WebApplicationInfo is another Entra app", () => {
    const xml = outlookManifestFor(repoXml, origin, "00000000-0000-4000-8000-000000000000");
    expect(checkOutlookManifest(xml, { origin, clientId }, served)).toEqual([
      expect.stringContaining(`WebApplicationInfo must be Id ${clientId}`),
    ]);
  });
  it("passes on the existing checks' problems", () => {
    const xml = outlookManifestFor(repoXml, origin, clientId);
    expect(checkOutlookManifest(xml, { origin, clientId }, () => ({ exists: false }))).toContainEqual(
      expect.stringMatching(/^Outlook manifest: .* names a file the build does not serve\.$/),
    );
  });
});

describe("the Gmail bundle's whitelist", () => {
  it("passes when it covers the API base", () => {
    expect(checkGmailWhitelist(JSON.stringify({ urlFetchWhitelist: [`${API}/`] }), API)).toEqual([]);
  });
  it("refuses a bundle built for another backend", () => {
    expect(
      checkGmailWhitelist(
        JSON.stringify({
          urlFetchWhitelist: ["https://us-central1-YOUR-PROJECT.cloudfunctions.net/api/v1/"],
        }),
        API,
      ),
    ).toEqual([expect.stringContaining("does not cover the API base")]);
  });
});

describe("the API base compiled into a page", () => {
  const config = (apiBase: string) => `window.__BATON_CONFIG__ = ${JSON.stringify({ apiBase })};\n`;
  it("passes when it is the derived one", () => {
    expect(checkCompiledApiBase(config(API), API, "The dashboard")).toEqual([]);
  });
  it("refuses another", () => {
    expect(checkCompiledApiBase(config("http://127.0.0.1:5001/x"), API, "The dashboard")).toEqual([
      expect.stringContaining(`The dashboard was built for the API base http://127.0.0.1:5001/x, not ${API}`),
    ]);
  });
});

describe("the pane's Microsoft sign-in", () => {
  const minified = (scope: string) =>
    `window.__BATON_CONFIG__ = {apiBase:"${API}",microsoft:{clientId:"${clientId}",scopes:["${scope}"]}};`;
  it("passes when it asks the configured app for its own API", () => {
    expect(
      checkCompiledMicrosoft(minified(`api://acme-baton.web.app/${clientId}/access_as_user`), {
        origin,
        clientId,
      }),
    ).toEqual([]);
  });
  it("refuses the repository's local app's scope", () => {
    expect(
      checkCompiledMicrosoft(
        minified("api://acme-baton.web.app/5a96497a-7b0c-4440-8992-2a637b6d04df/access_as_user"),
        { origin, clientId },
      ),
    ).toEqual([expect.stringContaining("rebuild it with BATON_MS_CLIENT_ID")]);
  });
  it("reads the API base from a minified config", () => {
    expect(checkCompiledApiBase(minified("x"), API, "The Outlook pane")).toEqual([]);
  });
});
