import fc from "fast-check";
import { passesLuhn } from "./luhn";
import { redact } from "./redact";
import type { RedactionSettings } from "./types";

const ALL: RedactionSettings = { cards: true, ibans: true };

/** Appends the digit that makes `prefix` Luhn-valid, to build valid numbers of any shape. */
function withCheckDigit(prefix: string): string {
  for (let d = 0; d <= 9; d++) if (passesLuhn(prefix + String(d))) return prefix + String(d);
  throw new Error("unreachable");
}

describe("passesLuhn", () => {
  it("accepts published test card numbers and rejects a one-digit change", () => {
    for (const n of ["4242424242424242", "378282246310005", "5555555555554444", "6011111111111117"]) {
      expect(passesLuhn(n)).toBe(true);
      const last = Number(n.slice(-1));
      expect(passesLuhn(n.slice(0, -1) + String((last + 1) % 10))).toBe(false);
    }
    expect(passesLuhn("")).toBe(false);
  });
});

describe("redact: cards", () => {
  it("masks a Visa test number written with spaces, keeping the last four", () => {
    const text = "Card 4242 4242 4242 4242, exp 12/29";
    const r = redact(text, ALL);
    expect(r.text).toBe("Card •••• •••• •••• 4242, exp 12/29");
    expect(r.findings).toEqual([{ kind: "card", start: 5, end: 24 }]);
    expect(text.slice(5, 24)).toBe("4242 4242 4242 4242");
  });

  it("masks contiguous and dashed numbers of every common brand and length", () => {
    const numbers = [
      "4242424242424242", // Visa 16
      "4222222222222", // Visa 13
      "4242-4242-4242-4242", // dashes
      "378282246310005", // Amex 15
      "3782 822463 10005", // Amex as printed, 4-6-5
      "30569309025904", // Diners 14
      "5555555555554444", // Mastercard
      "2223003122003222", // Mastercard 2-series
      "6011111111111117", // Discover
      "6200000000000005", // UnionPay
      withCheckDigit("453201511283036"), // Visa 16, check digit computed
      withCheckDigit("6212345678901234567".slice(0, 18)), // 19 digits
    ];
    for (const n of numbers) {
      const r = redact(`pay with ${n} please`, ALL);
      expect(r.findings).toHaveLength(1);
      expect(r.text).toBe(`pay with •••• •••• •••• ${n.replace(/\D/g, "").slice(-4)} please`);
    }
  });

  it("finds the card when a CVV follows in the same digit run", () => {
    const r = redact("4242 4242 4242 4242 123", ALL);
    expect(r.text).toBe("•••• •••• •••• 4242 123");
  });

  it("finds several cards and reports original offsets", () => {
    const text = "a 4242424242424242 b 378282246310005 c";
    const r = redact(text, ALL);
    expect(r.findings.map((f) => text.slice(f.start, f.end))).toEqual([
      "4242424242424242",
      "378282246310005",
    ]);
  });

  it("leaves numbers that fail Luhn alone (order numbers)", () => {
    for (const text of ["Order 1234 5678 9012 3456", "order 4242424242424241", "ref 12345678901234567"]) {
      expect(redact(text, ALL)).toEqual({ text, findings: [] });
    }
  });

  it("leaves Luhn-valid phone numbers alone (shape, '+' prefix, issuer digit)", () => {
    const phones = [
      `+${withCheckDigit("3161234567890")}`, // international, glued to "+"
      `0049 151 ${withCheckDigit("1234567")}`, // 4-3-7 is no card shape
      `+44 20 7946 ${withCheckDigit("095")}`, // starts with "+"
      withCheckDigit("020794609581234"), // issuer digit 0 is no card
      withCheckDigit("900000000000000"), // issuer digit 9 is no card
      "0000 0000 0000 0000", // Luhn-valid zeros
    ];
    for (const text of phones) expect(redact(`call ${text} now`, ALL).findings).toEqual([]);
  });

  it("leaves digits that are part of a longer identifier alone", () => {
    for (const text of [
      "INV4242424242424242",
      "4242424242424242x",
      "42424242424242424242",
      "a_4242424242424242",
    ]) {
      expect(redact(text, ALL).findings).toEqual([]);
    }
  });

  it("does nothing for cards when the setting is off", () => {
    expect(redact("4242424242424242", { cards: false, ibans: true }).findings).toEqual([]);
  });
});

describe("redact: IBANs", () => {
  const valid = [
    "DE89 3704 0044 0532 0130 00",
    "GB82 WEST 1234 5698 7654 32",
    "GB82WEST12345698765432",
    "NL91ABNA0417164300",
    "FR14 2004 1010 0505 0001 3M02 606",
    "BE68 5390 0754 7034",
    "CH93 0076 2011 6238 5295 7",
    "de89370400440532013000",
  ];

  it("masks valid IBANs keeping the country code and last four", () => {
    for (const iban of valid) {
      const compact = iban.replace(/ /g, "").toUpperCase();
      const r = redact(`IBAN: ${iban}.`, ALL);
      expect(r.text).toBe(`IBAN: ${compact.slice(0, 2)}•• •••• •••• ${compact.slice(-4)}.`);
      expect(r.findings).toEqual([{ kind: "iban", start: 6, end: 6 + iban.length }]);
    }
  });

  it("rejects a wrong checksum, a wrong length, an unknown country and a word run-on", () => {
    for (const text of [
      "DE89 3704 0044 0532 0130 01", // checksum
      "DE89 3704 0044 0532 0130", // too short for DE
      "ZZ89370400440532013000", // no such country
      "DE89370400440532013000X", // runs on into a word
      "XDE89370400440532013000",
    ]) {
      expect(redact(text, ALL).findings).toEqual([]);
    }
  });

  it("does not report an IBAN's digits as a card too", () => {
    const r = redact("NO9386011117947 and DE89370400440532013000", ALL);
    expect(r.findings.map((f) => f.kind)).toEqual(["iban", "iban"]);
  });

  it("does nothing for IBANs when the setting is off", () => {
    expect(redact("DE89370400440532013000", { cards: true, ibans: false }).findings).toEqual([]);
  });
});

describe("redact: configured patterns", () => {
  it("masks matches with the pattern's name", () => {
    const r = redact("customer CUST-00123 called", {
      cards: false,
      ibans: false,
      patterns: [{ name: "customer_id", regex: "CUST-\\d{5}" }],
    });
    expect(r.text).toBe("customer [customer_id redacted] called");
    expect(r.findings).toEqual([{ kind: "customer_id", start: 9, end: 19 }]);
  });

  it("skips an invalid pattern instead of throwing (settings are validated on save)", () => {
    const r = redact("abc", { cards: false, ibans: false, patterns: [{ name: "bad", regex: "(" }] });
    expect(r).toEqual({ text: "abc", findings: [] });
  });

  it("lets built-in detectors win an overlap", () => {
    const r = redact("4242424242424242", {
      cards: true,
      ibans: false,
      patterns: [{ name: "digits", regex: "\\d{4}" }],
    });
    expect(r.findings).toEqual([{ kind: "card", start: 0, end: 16 }]);
  });
});

describe("redact: properties", () => {
  it("leaves text without digits untouched", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/\d/.test(s)),
        (s) => {
          expect(redact(s, ALL)).toEqual({ text: s, findings: [] });
        },
      ),
    );
  });

  it("never leaves a found card's full digits in the output and keeps findings ordered and disjoint", () => {
    const card = fc
      .stringMatching(/^4\d{14}$/)
      .map((p) => withCheckDigit(p))
      .map((n) => n.match(/.{4}/g)!.join(" "));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(card, fc.constantFrom(" ", "text ", ", ", "\n")), { maxLength: 8 }),
        (parts) => {
          const text = parts.join(" ");
          const r = redact(text, ALL);
          for (let i = 1; i < r.findings.length; i++) {
            expect(r.findings[i]!.start).toBeGreaterThanOrEqual(r.findings[i - 1]!.end);
          }
          expect(r.text).not.toMatch(/4\d{3} \d{4} \d{4} \d{4}/);
        },
      ),
    );
  });
});
