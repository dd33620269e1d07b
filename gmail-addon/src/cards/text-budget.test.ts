import fc from "fast-check";
import { escapeCardText } from "./format";
import { clampText, codePointCost, CUT_MARKER, splitText, textCost } from "./text-budget";

/** The oracle: what the text really costs once escaped for the card and written as JSON, in UTF-8. */
function wireBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(escapeCardText(text))) - 2;
}

/** No lone surrogate (String.prototype.isWellFormed, before the ES2024 typings). */
function wellFormed(text: string): boolean {
  return !/\p{Surrogate}/u.test(text);
}

const anyText = fc.string({ unit: "binary", maxLength: 300 });

describe("textCost", () => {
  it("counts & as 5 bytes, a line break as 4, a 4-byte emoji as 4 and a lone surrogate as 6", () => {
    expect(textCost("&")).toBe(5); // &amp;
    expect(textCost("\n")).toBe(4); // <br>
    expect(textCost("😀")).toBe(4);
    expect(textCost("\ud800")).toBe(6); // JSON writes \ud800
    expect(codePointCost(0x01)).toBe(6); // \u0001
  });

  it("is never less than what the text costs on the wire", () => {
    fc.assert(fc.property(anyText, (text) => textCost(text) >= wireBytes(text)));
  });
});

describe("clampText", () => {
  it("leaves text that fits alone", () => {
    expect(clampText("short", 100)).toEqual({ text: "short", cut: false });
  });

  it("cuts 10,000 ampersands to the budget in bytes, not characters, with the marker", () => {
    const { text, cut } = clampText("&".repeat(10_000), 600);
    expect(cut).toBe(true);
    expect(text.endsWith(CUT_MARKER)).toBe(true);
    expect(textCost(text)).toBeLessThanOrEqual(600);
    expect(text.length).toBeLessThan(125);
  });

  it("never splits a surrogate pair and always fits", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 10, max: 400 }), (text, max) => {
        const clamped = clampText(text, max).text;
        expect(textCost(clamped)).toBeLessThanOrEqual(max);
        const body = clamped.endsWith(CUT_MARKER) ? clamped.slice(0, -CUT_MARKER.length) : clamped;
        expect(text.startsWith(body)).toBe(true);
        // A cut between the halves of a pair would leave a lone surrogate the text did not have.
        if (wellFormed(text)) expect(wellFormed(clamped)).toBe(true);
      }),
    );
  });
});

describe("splitText", () => {
  it("splits into parts that fit and join back to the text", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 12, max: 200 }), (text, max) => {
        const parts = splitText(text, max);
        expect(parts.join("")).toBe(text);
        if (wellFormed(text)) for (const part of parts) expect(wellFormed(part)).toBe(true);
        for (const part of parts) expect(textCost(part)).toBeLessThanOrEqual(max);
      }),
    );
  });

  it("breaks after a space in the second half of a part, keeping words whole", () => {
    expect(splitText("aaaa bbbb cccc", 10)).toEqual(["aaaa bbbb ", "cccc"]);
  });

  it("gives one empty part for empty text", () => {
    expect(splitText("", 10)).toEqual([""]);
  });
});
