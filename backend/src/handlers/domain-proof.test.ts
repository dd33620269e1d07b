import { canClaimDomain, type TxtLookup } from "./domain-proof";

const dns =
  (records: Record<string, string[][]>): TxtLookup =>
  (domain) =>
    records[domain] === undefined ? Promise.reject(new Error("ENOTFOUND")) : Promise.resolve(records[domain]);

describe("canClaimDomain", () => {
  it("lets an admin claim the domain of their own address", async () => {
    await expect(canClaimDomain("acme.example", "acme", "root@acme.example", dns({}))).resolves.toBe(true);
  });

  it("lets an admin claim another domain whose DNS carries the org's verification record", async () => {
    const lookup = dns({ "acme.nl": [["v=spf1 -all"], ["baton-verification=", "acme"]] });
    await expect(canClaimDomain("acme.nl", "acme", "root@acme.example", lookup)).resolves.toBe(true);
  });

  it("refuses a domain without proof, with another org's record, or when DNS fails", async () => {
    const lookup = dns({ "victim.example": [["baton-verification=attacker"]] });
    await expect(canClaimDomain("victim.example", "acme", "root@acme.example", lookup)).resolves.toBe(false);
    await expect(canClaimDomain("unknown.example", "acme", "root@acme.example", lookup)).resolves.toBe(false);
  });
});
