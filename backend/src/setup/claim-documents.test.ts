import { claimDocuments } from "./claim-documents";

const written = claimDocuments({
  org: "acme-0102ff",
  name: "Acme",
  admin: { email: "ana@acme.example", name: "Ana" },
  domains: ["acme.example", "acme.co.uk"],
  tenants: ["11111111-2222-4333-8444-555555555555"],
  nowMs: 1000,
});
const byPath = new Map(written.map((w) => [w.path, w]));

describe("the documents a claim writes", () => {
  it("makes each domain and tenant the new org's through the index documents", () => {
    expect(byPath.get("domains/acme.example")?.data).toEqual({ org: "acme-0102ff" });
    expect(byPath.get("domains/acme.co.uk")?.data).toEqual({ org: "acme-0102ff" });
    expect(byPath.get("tenants/11111111-2222-4333-8444-555555555555")?.data).toEqual({ org: "acme-0102ff" });
  });

  it("creates the org with its identity and default settings, without the demo's pattern", () => {
    const org = byPath.get("orgs/acme-0102ff");
    expect(org?.create).toBe(true);
    expect(org?.data).toEqual({
      name: "Acme",
      domain: "acme.example",
      identity: {
        domains: ["acme.example", "acme.co.uk"],
        tenants: ["11111111-2222-4333-8444-555555555555"],
      },
      settings: { redaction: { cards: true, ibans: true, patterns: [] }, retentionDays: 365 },
      createdAt: 1000,
    });
  });

  it("makes the claimer the first admin, with the account lookup, and records the claim", () => {
    expect(byPath.get("orgs/acme-0102ff/members/ana@acme.example")?.data).toEqual({
      email: "ana@acme.example",
      name: "Ana",
      role: "admin",
    });
    expect(byPath.get("accounts/ana@acme.example")?.data).toEqual({ org: "acme-0102ff" });
    expect(byPath.get("deployment/setup")?.data).toEqual({
      claimedBy: "ana@acme.example",
      claimedAt: 1000,
      org: "acme-0102ff",
    });
  });

  it("writes no tenant index when the deployment has none", () => {
    const none = claimDocuments({
      org: "o-1",
      name: "O",
      admin: { email: "a@o.test", name: "a@o.test" },
      domains: ["o.test"],
      tenants: [],
      nowMs: 1,
    });
    expect(none.filter((w) => w.path.startsWith("tenants/"))).toEqual([]);
  });
});
