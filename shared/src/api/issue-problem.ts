import type { z } from "zod";
import type { ErrorKey } from "../errors";
import { describeIssue } from "./describe-issue";

type Issue = z.core.$ZodIssue;

/** A refused field's problem: the errors key that says it and its params (see parse-request.ts). */
export type IssueProblem = { problemKey: ErrorKey } & Record<string, string | number>;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : typeof value;
}

/** The same phrase as describeIssue, as a key and params so each client can say it in its language. */
function generic(issue: Issue): IssueProblem {
  switch (issue.code) {
    case "invalid_type": {
      const expected = describeIssue({ ...issue, input: Number.NaN }).replace(/^expected /, "");
      if (issue.input === undefined) return { problemKey: "errors.vRequired" };
      if (typeof issue.input === "number" && Number.isNaN(issue.input))
        return { problemKey: "errors.vTypeNaN", expected, expectedType: issue.expected };
      const got = describeIssue(issue as never).replace(/^expected .*, got /, "");
      return {
        problemKey: "errors.vType",
        expected,
        expectedType: issue.expected,
        got,
        gotType: typeOf(issue.input),
      };
    }
    case "too_big":
    case "too_small": {
      const max = issue.code === "too_big";
      const bound = Number(max ? issue.maximum : issue.minimum);
      const inclusive = issue.inclusive ?? true;
      if (!max && issue.origin === "string" && bound === 1) return { problemKey: "errors.vEmpty" };
      if (issue.origin === "string")
        return { problemKey: max ? "errors.vMaxChars" : "errors.vMinChars", bound };
      if (issue.origin === "array" || issue.origin === "set")
        return { problemKey: max ? "errors.vMaxItems" : "errors.vMinItems", bound };
      if (inclusive) return { problemKey: max ? "errors.vMax" : "errors.vMin", bound };
      return { problemKey: max ? "errors.vLess" : "errors.vGreater", bound };
    }
    case "invalid_format":
      if (issue.format === "email") return { problemKey: "errors.vEmail" };
      if (issue.format === "datetime") return { problemKey: "errors.vIsoDate" };
      return { problemKey: "errors.vFormat", format: issue.format };
    case "not_multiple_of":
      return { problemKey: "errors.vMultiple", divisor: issue.divisor };
    case "unrecognized_keys":
      return {
        problemKey: "errors.vUnknownKeys",
        count: issue.keys.length,
        keys: issue.keys.map((key) => `"${key}"`).join(", "),
      };
    case "invalid_value":
      return { problemKey: "errors.vOneOf", values: issue.values.map((value) => String(value)).join(", ") };
    case "invalid_union":
      return { problemKey: "errors.vUnion" };
    case "invalid_key":
      return { problemKey: "errors.vKey" };
    case "invalid_element":
      return { problemKey: "errors.vElement" };
    default:
      return { problemKey: "errors.vCustom" };
  }
}

/**
 * What is wrong with a refused field: by the issue's kind when zod worded it (describeIssue), or
 * the schema's own phrase when the schema wrote one ("expected a tag"), which stays English.
 */
export function issueProblem(issue: Issue): IssueProblem {
  if (issue.message !== describeIssue(issue as never))
    return { problemKey: "errors.vPhrase", phrase: issue.message };
  return generic(issue);
}
