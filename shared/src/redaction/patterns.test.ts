import { findPattern, MAX_REGEX, validateRedactionSettings } from "./patterns";
import type { RedactionPattern } from "./types";

const settings = (patterns: RedactionPattern[]) => ({ cards: true, ibans: true, patterns });

describe("validateRedactionSettings", () => {
  it("accepts settings without patterns and with valid ones", () => {
    expect(validateRedactionSettings({ cards: true, ibans: false })).toBeNull();
    expect(
      validateRedactionSettings(settings([{ name: "ssn", regex: "\\b\\d{3}-\\d{2}-\\d{4}\\b" }])),
    ).toBeNull();
  });

  it("rejects a regex that does not compile", () => {
    const error = validateRedactionSettings(settings([{ name: "broken", regex: "([a-z" }]));
    expect(error).toMatchObject({ code: "invalid_request", details: { pattern: "broken" } });
  });

  it("rejects a regex that is only valid without the unicode flag", () => {
    expect(validateRedactionSettings(settings([{ name: "esc", regex: "\\-\\q" }]))?.code).toBe(
      "invalid_request",
    );
  });

  it("rejects a regex that matches empty text", () => {
    expect(validateRedactionSettings(settings([{ name: "empty", regex: "a*" }]))?.code).toBe(
      "invalid_request",
    );
  });

  it("rejects bad, reserved and duplicate names and too many patterns", () => {
    expect(validateRedactionSettings(settings([{ name: "has space", regex: "x" }]))?.code).toBe(
      "invalid_request",
    );
    expect(validateRedactionSettings(settings([{ name: "card", regex: "x" }]))?.code).toBe("invalid_request");
    expect(
      validateRedactionSettings(
        settings([
          { name: "a", regex: "x" },
          { name: "a", regex: "y" },
        ]),
      )?.code,
    ).toBe("invalid_request");
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `p${i}`, regex: "x" }));
    expect(validateRedactionSettings(settings(many))?.code).toBe("invalid_request");
  });
});

describe("patterns on the linear-time engine", () => {
  it("refuses backreferences and lookaround with a sentence naming them", () => {
    for (const regex of ["(a)\\1", "x(?=y)", "(?<!a)b", "(?!x)y"]) {
      const error = validateRedactionSettings(settings([{ name: "re2", regex }]));
      expect(error).toMatchObject({ code: "invalid_request", details: { pattern: "re2" } });
      expect(error?.message).toMatch(/backreferences .* lookaround/);
    }
  });

  it("caps a pattern at MAX_REGEX characters", () => {
    const long = "a".repeat(MAX_REGEX + 1);
    expect(validateRedactionSettings(settings([{ name: "long", regex: long }]))?.message).toMatch(
      `1-${MAX_REGEX} characters`,
    );
    expect(validateRedactionSettings(settings([{ name: "long", regex: long.slice(1) }]))).toBeNull();
  });

  it("finds matches at UTF-16 offsets, JavaScript escapes and named groups included", () => {
    const text = "é😀 PW-123456 and PW-654321 café";
    const found = findPattern(text, { name: "code", regex: "\\bPW-(?<n>\\d{6})\\b" });
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(["PW-123456", "PW-654321"]);
    expect(findPattern(text, { name: "e", regex: "caf\\u00e9" }).map((d) => d.start)).toEqual([
      text.length - 4,
    ]);
  });

  it("runs a pattern that backtracks catastrophically in linear time", () => {
    // (\w+\s?)+# on 27 word characters and no "#": 2^27 paths for a backtracking engine (1.2 s on
    // RegExp at 27 characters, doubling per character); RE2 scans the text once.
    const pattern = { name: "redos", regex: "(\\w+\\s?)+#" };
    expect(validateRedactionSettings(settings([pattern]))).toBeNull();
    const started = performance.now();
    expect(findPattern("a".repeat(10_000), pattern)).toEqual([]);
    expect(findPattern("aaaaaaaaaaaaaaaaaaaaaaaaaaa", pattern)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
