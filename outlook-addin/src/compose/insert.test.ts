import { insertionFor, missingSentence } from "./insert";

const rendered = {
  templateId: "t1",
  html: "<p>Hi Jo,</p><p>Your refund &amp; label are on their way.</p>",
  text: "Hi Jo,\n\nYour refund & label are on their way.",
  missing: [],
};

describe("insertionFor", () => {
  it("inserts HTML as Html into an HTML body", () => {
    expect(insertionFor(rendered, "html")).toEqual({ data: rendered.html, coercionType: "html" });
  });

  it("inserts the text rendering as Text into a text body, never markup", () => {
    const insertion = insertionFor(rendered, "text");
    expect(insertion).toEqual({ data: rendered.text, coercionType: "text" });
    expect(insertion.data).not.toContain("<");
  });
});

describe("missingSentence", () => {
  it("names each variable nothing could fill, and says what happens to it", () => {
    expect(missingSentence([])).toBeNull();
    expect(missingSentence(["customer.firstName"])).toBe(
      "{{customer.firstName}} cannot be filled for this conversation: it is left out. Fill it in after inserting, or insert anyway.",
    );
    expect(missingSentence(["customer.firstName", "sla.firstResponseDue"])).toMatch(
      /^\{\{customer\.firstName\}\}, \{\{sla\.firstResponseDue\}\} cannot be filled .*they are left out/,
    );
  });
});
