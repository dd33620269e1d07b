import { newOrgId, ORG_ID_PATTERN, slugOf } from "./org-id";

describe("new org ids", () => {
  it("are the slug of the name and a random suffix", () => {
    expect(newOrgId("Acme Support", new Uint8Array([1, 2, 255]))).toBe("acme-support-0102ff");
  });

  it("drop accents and punctuation, and fall back to 'org'", () => {
    expect(slugOf("Ça Marche, Inc.")).toBe("ca-marche-inc");
    expect(slugOf("  --  ")).toBe("org");
    expect(slugOf("東京")).toBe("org");
  });

  it("stay within the org id shape for any name", () => {
    for (const name of ["x".repeat(100), "a-".repeat(50), "../../etc", "Ünïcødé 😀 team", "a/b"]) {
      expect(newOrgId(name)).toMatch(ORG_ID_PATTERN);
    }
  });

  it("differ for two orgs of the same name", () => {
    expect(newOrgId("Acme")).not.toBe(newOrgId("Acme"));
  });
});
