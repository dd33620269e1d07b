import { translatorFor } from "../i18n/all";
import { errorText } from "../view/error-sentence";
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
        key: "errors.vField",
        params: {
          path: "a",
          more: 2,
          problemKey: "errors.vType",
          expected: "a string",
          expectedType: "string",
          got: "a number",
          gotType: "number",
        },
        details: { path: "a" },
      },
    });
  });

  it("keys the refusal by the issue's kind, with the field path, so a client says it in Dutch", () => {
    const nl = translatorFor(["nl"]);
    const say = (schema: z.ZodType, input: unknown) => {
      const result = parseRequest(schema, input);
      if (result.ok) throw new Error("expected a refusal");
      return errorText(result.error, nl);
    };
    expect(say(z.strictObject({ a: z.string(), b: z.number() }), { a: 1, b: "x" })).toBe(
      "a: verwachtte tekst, kreeg een getal (en nog 1 probleem).",
    );
    expect(say(z.strictObject({ a: z.string() }), {})).toBe("a: is verplicht.");
    expect(say(z.strictObject({ s: z.string().max(3) }), { s: "abcd" })).toBe(
      "s: mag hoogstens 3 tekens hebben.",
    );
    expect(say(z.strictObject({ a: z.string() }), { a: "x", zz: 1 })).toBe('Verzoek: onbekend veld "zz".');
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
