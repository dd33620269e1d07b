import { IBAN_LENGTHS, isValidIban } from "./iban";

describe("isValidIban", () => {
  it("accepts the registry's examples", () => {
    for (const iban of [
      "DE89370400440532013000",
      "GB82WEST12345698765432",
      "NL91ABNA0417164300",
      "FR1420041010050500013M02606",
      "NO9386011117947",
      "MT84MALT011000012345MTLCAST001S",
      "LC55HEMM000100010012001200023015",
    ]) {
      expect(isValidIban(iban)).toBe(true);
    }
  });

  it("rejects any single swapped digit of a valid IBAN", () => {
    const iban = "DE89370400440532013000";
    for (let i = 4; i < iban.length; i++) {
      const d = Number(iban.charAt(i));
      const changed = iban.slice(0, i) + String((d + 1) % 10) + iban.slice(i + 1);
      expect(isValidIban(changed)).toBe(false);
    }
  });

  it("knows the lengths of the major countries", () => {
    expect(IBAN_LENGTHS).toMatchObject({ DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, IT: 27, BE: 16, CH: 21 });
  });
});
