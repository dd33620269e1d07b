import type { z } from "zod";

type RawIssue = z.core.$ZodRawIssue;

const ARTICLE_AN = new Set(["array", "object", "int", "integer", "email address", "ISO date"]);

function withArticle(noun: string): string {
  return `${ARTICLE_AN.has(noun) ? "an" : "a"} ${noun}`;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const kind = typeof value;
  return kind === "object" ? "an object" : withArticle(kind);
}

function expectedName(expected: string): string {
  if (expected === "int") return "a whole number";
  return withArticle(expected);
}

function unitOf(origin: string, count: number | bigint): string {
  if (origin === "string") return count === 1 ? "character" : "characters";
  if (origin === "array" || origin === "set") return count === 1 ? "item" : "items";
  return "";
}

function describeBound(
  origin: string,
  word: "at most" | "at least",
  bound: number | bigint,
  inclusive: boolean,
): string {
  if (origin === "string" && word === "at least" && bound === 1) return "must not be empty";
  const unit = unitOf(origin, bound);
  if (unit !== "") return `must have ${word} ${bound} ${unit}`;
  if (inclusive) return `must be ${word} ${bound}`;
  return `must be ${word === "at most" ? "less" : "greater"} than ${bound}`;
}

/**
 * A zod error map: the phrase after "path: " for zod's own issues. Schema-level messages (such as
 * "expected an ISO date") take precedence over this map, so only the generic cases are worded here.
 */
export function describeIssue(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required";
      // Coerced query values arrive as NaN: what the client sent is no longer known, only that it was no number.
      if (typeof issue.input === "number" && Number.isNaN(issue.input))
        return `expected ${expectedName(issue.expected)}`;
      return `expected ${expectedName(issue.expected)}, got ${typeName(issue.input)}`;
    case "too_big":
      return describeBound(issue.origin, "at most", issue.maximum, issue.inclusive ?? true);
    case "too_small":
      return describeBound(issue.origin, "at least", issue.minimum, issue.inclusive ?? true);
    case "invalid_format":
      if (issue.format === "email") return "expected an email address";
      if (issue.format === "datetime") return "expected an ISO date";
      return `expected the ${issue.format} format`;
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((value) => String(value)).join(", ")}`;
    case "invalid_union":
      return "does not match any accepted form";
    case "invalid_key":
      return "has an invalid key";
    case "invalid_element":
      return "has an invalid element";
    case "custom":
      return "is invalid";
  }
}
