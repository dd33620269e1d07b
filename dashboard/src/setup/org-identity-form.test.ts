import { domainProofSentence, readAddDomain } from "./org-identity-form";

const current = { domains: ["acme.example"], tenants: [] };

describe("readAddDomain", () => {
  it("adds a domain, lower-cased, to the current list", () => {
    expect(readAddDomain(current, " Acme.NL ")).toEqual({
      ok: true,
      request: { domains: ["acme.example", "acme.nl"], tenants: [], tenantProofs: [] },
    });
  });

  it("says what is wrong with the domain in a sentence", () => {
    expect(readAddDomain(current, "")).toEqual({
      ok: false,
      error: "Type the domain to add, such as acme.example.",
    });
    expect(readAddDomain(current, "acme.example")).toEqual({
      ok: false,
      error: "acme.example is one of the organisation's domains already.",
    });
    expect(readAddDomain(current, "acme")).toEqual({
      ok: false,
      error: 'acme: expected a domain name such as "acme.example"',
    });
    const gmail = readAddDomain(current, "gmail.com");
    expect(!gmail.ok && gmail.error).toMatch(/public mail provider/);
  });
});

describe("domainProofSentence", () => {
  it("names the admin's own domain and the TXT record", () => {
    expect(domainProofSentence("ana@acme.example", "acme")).toBe(
      "A domain you add must be yours: either your own address is in it (acme.example), or its DNS holds the TXT record baton-verification=acme.",
    );
  });
});
