import { CSAT_LINE_COMMENT_CHARS, csatLine } from "./csat-line";

describe("csatLine", () => {
  it("says the rating, and the comment when there is one", () => {
    expect(csatLine({ rating: 4 })).toBe("Customer rated 4/5");
    expect(csatLine({ rating: 2, comment: "  Snel,\n maar onvolledig " })).toBe(
      "Customer rated 2/5: “Snel, maar onvolledig”",
    );
  });

  it("cuts a long comment", () => {
    const line = csatLine({ rating: 5, comment: "x".repeat(500) })!;
    expect(line.endsWith("…”")).toBe(true);
    expect(line.length).toBeLessThan(CSAT_LINE_COMMENT_CHARS + 30);
  });

  it("has no line without a valid rating", () => {
    expect(csatLine(null)).toBeNull();
    expect(csatLine({ rating: 0 })).toBeNull();
    expect(csatLine({ rating: 6 })).toBeNull();
  });
});
