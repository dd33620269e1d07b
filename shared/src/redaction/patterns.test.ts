import { validateRedactionSettings } from "./patterns";
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
