import { translatorFor } from "@baton/shared/i18n/all";
import { localAddressProblem as check } from "./local-address";

const en = translatorFor(["en"]);
const localAddressProblem = (typed: string) => check(typed, en);

describe("localAddressProblem", () => {
  it("accepts an address, trimmed, and says what is wrong otherwise", () => {
    expect(localAddressProblem(" ana@acme.example ")).toBeNull();
    expect(localAddressProblem("  ")).toBe("Type the address to sign in as, such as ana@acme.example.");
    expect(localAddressProblem("ana@acme")).toBe('"ana@acme" is not an email address.');
    expect(localAddressProblem("ana acme@x.test")).toBe('"ana acme@x.test" is not an email address.');
  });

  it("says it in Dutch", () => {
    expect(check("ana@acme", translatorFor(["nl"]))).toBe('"ana@acme" is geen e-mailadres.');
  });
});
