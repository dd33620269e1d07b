import { z } from "zod";
import { formatPath, parseRequest } from "./parse-request";
import { refusal } from "../../test/api/parse-helpers";

describe("parseRequest", () => {
  it("returns the parsed value on success", () => {
    expect(parseRequest(z.strictObject({ n: z.coerce.number() }), { n: "4" })).toEqual({
      ok: true,
      value: { n: 4 },
    });
  });

  it("reports the first problem with its path and counts the rest", () => {
    const schema = z.strictObject({ a: z.string(), b: z.number(), c: z.boolean() });
    const result = parseRequest(schema, { a: 1, b: "x", c: "y" });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid_request",
        message: "a: expected a string, got a number (and 2 more problems)",
        details: { path: "a" },
      },
    });
  });

  it("words zod's generic issues as sentences a developer can act on", () => {
    expect(refusal(z.strictObject({ n: z.int() }), { n: 1.5 })).toBe(
      "n: expected a whole number, got a number",
    );
    expect(refusal(z.strictObject({ n: z.number().multipleOf(5) }), { n: 7 })).toBe(
      "n: must be a multiple of 5",
    );
    expect(refusal(z.strictObject({ s: z.string().length(3) }), { s: "ab" })).toBe(
      "s: must have at least 3 characters",
    );
    expect(refusal(z.strictObject({ l: z.array(z.string()).min(2) }), { l: ["a"] })).toBe(
      "l: must have at least 2 items",
    );
    expect(refusal(z.strictObject({ u: z.union([z.string(), z.number()]) }), { u: true })).toBe(
      "u: does not match any accepted form",
    );
    expect(refusal(z.strictObject({ x: z.string() }), { x: "a", y: 1, z: 2 })).toBe(
      'Request: unknown fields "y", "z"',
    );
    expect(refusal(z.strictObject({ u: z.url() }), { u: "nope" })).toBe("u: expected the url format");
  });
});

describe("formatPath", () => {
  it("writes indices in brackets and keys with dots", () => {
    expect(formatPath(["messages", 0, "sentAt"])).toBe("messages[0].sentAt");
    expect(formatPath([0, "a"])).toBe("[0].a");
    expect(formatPath([])).toBe("");
  });
});
