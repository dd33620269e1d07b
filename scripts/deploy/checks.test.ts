import {
  checkConfig,
  checkGoogleAudiences,
  checkHostingOrigin,
  checkMicrosoft,
  checkOrgDomains,
  checkProjectId,
  checkRegion,
} from "./checks";
import { parseConfig } from "./config";
import { validConfig } from "./config.test-support";

const GUID = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

describe("project id", () => {
  it("passes a real project id", () => {
    expect(checkProjectId("acme-baton", false)).toEqual([]);
  });
  it("refuses a malformed id and says where to copy it from", () => {
    expect(checkProjectId("Acme_Baton", false)).toEqual([
      expect.stringContaining("Project settings > Project ID"),
    ]);
  });
  it("lets a demo- project dry-run", () => {
    expect(checkProjectId("demo-baton", true)).toEqual([]);
  });
  it("never deploys a demo- project", () => {
    expect(checkProjectId("demo-baton", false)).toEqual([expect.stringContaining("run with --dry-run")]);
  });
});

describe("region", () => {
  it("passes a Cloud Functions v2 region", () => {
    expect(checkRegion("europe-west1")).toEqual([]);
  });
  it("refuses another and lists the regions", () => {
    expect(checkRegion("europe-west9")).toEqual([
      expect.stringMatching(/not a Cloud Functions .* us-central1/),
    ]);
  });
});

describe("hosting origin", () => {
  it("passes an https origin", () => {
    expect(checkHostingOrigin("https://acme-baton.web.app")).toEqual([]);
  });
  it("refuses what is not a URL", () => {
    expect(checkHostingOrigin("acme-baton.web.app")).toEqual([expect.stringContaining("is not a URL")]);
  });
  it("refuses http", () => {
    expect(checkHostingOrigin("http://acme-baton.web.app")).toEqual([
      expect.stringContaining("must use https"),
    ]);
  });
  it("refuses a path", () => {
    expect(checkHostingOrigin("https://acme.com/baton")).toEqual([expect.stringContaining("without a path")]);
  });
});

describe("Google audiences", () => {
  it("passes OAuth client ids", () => {
    expect(checkGoogleAudiences(["123456789012-abc123.apps.googleusercontent.com"])).toEqual([]);
  });
  it("refuses an empty list", () => {
    expect(checkGoogleAudiences([])).toEqual([expect.stringContaining("google.audiences is empty")]);
  });
  it("refuses what is not a client id", () => {
    expect(checkGoogleAudiences(["my-script-id"])).toEqual([
      expect.stringContaining('google.audiences "my-script-id" is not an OAuth client id'),
    ]);
  });
});

describe("Microsoft", () => {
  it("passes GUIDs", () => {
    expect(checkMicrosoft({ clientId: GUID, tenants: [GUID] })).toEqual([]);
  });
  it("refuses a client id that is not a GUID and says where to find it", () => {
    expect(checkMicrosoft({ clientId: "baton", tenants: [] })).toEqual([
      expect.stringContaining("Entra admin center > App registrations"),
    ]);
  });
  it("refuses a tenant that is not a GUID", () => {
    expect(checkMicrosoft({ clientId: GUID, tenants: ["acme.onmicrosoft.com"] })).toEqual([
      expect.stringContaining('microsoft.tenants "acme.onmicrosoft.com" must be an Entra tenant id'),
    ]);
  });
});

describe("org domains", () => {
  it("passes lowercase domains", () => {
    expect(checkOrgDomains(["acme.com", "acme.co.uk"])).toEqual([]);
  });
  it("refuses none", () => {
    expect(checkOrgDomains([])).toEqual([expect.stringContaining("orgDomains is empty")]);
  });
  it("refuses uppercase", () => {
    expect(checkOrgDomains(["Acme.com"])).toEqual([expect.stringContaining('write "acme.com"')]);
  });
  it("refuses an address or a bare word", () => {
    expect(checkOrgDomains(["ana@acme.com", "acme"])).toEqual([
      expect.stringContaining('"ana@acme.com" is not a domain name'),
      expect.stringContaining('"acme" is not a domain name'),
    ]);
  });
  it("refuses duplicates", () => {
    expect(checkOrgDomains(["acme.com", "acme.com"])).toEqual([expect.stringContaining("twice")]);
  });
});

describe("the whole config", () => {
  it("lists every problem at once", () => {
    const parsed = parseConfig(
      { ...validConfig(), region: "mars-1", orgDomains: [], microsoft: { clientId: "x", tenants: [] } },
      null,
    );
    expect(checkConfig(parsed.config!, true)).toHaveLength(3);
  });
});
