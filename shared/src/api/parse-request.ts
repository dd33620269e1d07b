import type { z } from "zod";
import { domainError, type DomainError } from "../errors";
import { describeIssue } from "./describe-issue";
import { issueProblem } from "./issue-problem";

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/**
 * Validates a body, query or path parameters at the edge. The error is one sentence naming the first
 * problem where it is ("messages[0].sentAt: expected an ISO date"), so a developer can fix a client
 * from the message alone; the count of further problems follows in brackets.
 */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  // reportInput: issueProblem tells "is required" from a wrong type by the input, as describeIssue does.
  const result = schema.safeParse(input, { error: describeIssue, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const [first, ...rest] = result.error.issues;
  if (first === undefined) return { ok: false, error: domainError("invalid_request", "errors.vInvalid") };
  const where = formatPath(first.path);
  // Keyed by the issue's kind with the field path as a param: each client says it in its language.
  const params = { ...issueProblem(first), path: where, more: rest.length };
  const key = where === "" ? "errors.vRequest" : "errors.vField";
  return { ok: false, error: domainError("invalid_request", key, params, { path: where }) };
}

/** ["messages", 0, "sentAt"] -> "messages[0].sentAt". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
