import { parseRequest } from "../api/parse-request";
import { tagsRequestSchema } from "../api/commands";
import { MAX_TAG_LENGTH } from "./limits";
import { isValidTag, normalizeTag, tagLength } from "./tags";

const requestId = "req-tags-0001";
const added = (tag: string) => {
  const parsed = parseRequest(tagsRequestSchema, { add: [tag], requestId });
  return parsed.ok ? parsed.value.add[0] : parsed.error.message;
};

describe("tags in any script", () => {
  it("accepts letters and digits of every language, stored normalised", () => {
    expect(added("Ünïcødé")).toBe("ünïcødé");
    // The same word typed with combining marks (as some keyboards send it) is the same tag.
    expect(added("Ünïcødé".normalize("NFD"))).toBe("ünïcødé");
    expect(added("請求")).toBe("請求");
    expect(added("हिन्दी")).toBe("हिन्दी");
    expect(added("Ελληνικά")).toBe("ελληνικά");
    expect(added("٣٤٥")).toBe("٣٤٥");
    expect(added("refund:partial")).toBe("refund:partial");
  });

  it("lower-cases without the reader's locale", () => {
    // Locale-aware lower-casing in Turkish would give "ı"; the default mapping gives "i" everywhere.
    expect(normalizeTag("VIP")).toBe("vip");
    expect(normalizeTag("İstanbul")).toBe("i̇stanbul");
    expect(isValidTag(normalizeTag("İstanbul"))).toBe(true);
  });

  it("refuses spaces, control and format characters, and marks or punctuation first", () => {
    for (const tag of [
      "two words",
      "zero\u200bwidth",
      "bidi\u202eevil",
      "tab\there",
      "\u0301accent",
      "-dash",
      "emoji😀",
    ])
      expect(added(tag)).toMatch(/^add\[0\]: expected a tag/);
  });

  it("counts length in code points, the same at the edge and in the domain", () => {
    // U+20000 (CJK extension B) is one code point but two UTF-16 units.
    const wide = "\u{20000}".repeat(MAX_TAG_LENGTH);
    expect(wide.length).toBe(2 * MAX_TAG_LENGTH);
    expect(tagLength(wide)).toBe(MAX_TAG_LENGTH);
    expect(isValidTag(wide)).toBe(true);
    expect(added(wide)).toBe(wide);
    expect(added(`${wide}x`)).toBe(`add[0]: must have at most ${MAX_TAG_LENGTH} characters`);
    expect(isValidTag(`${wide}x`)).toBe(false);
  });
});
