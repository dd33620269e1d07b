import type { z } from "zod";
import { domainError, type DomainError } from "../errors";
import { describeIssue } from "./describe-issue";

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/**
 * Validates a body, query or path parameters at the edge. The error is one sentence naming the first
 * problem where it is ("messages[0].sentAt: expected an ISO date"), so a developer can fix a client
 * from the message alone; the count of further problems follows in brackets.
 */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(input, { error: describeIssue });
  if (result.success) return { ok: true, value: result.data };
  const [first, ...rest] = result.error.issues;
  if (first === undefined)
    return { ok: false, error: domainError("invalid_request", "The request is invalid.") };
  const where = formatPath(first.path);
  const more = rest.length === 0 ? "" : ` (and ${rest.length} more problem${rest.length === 1 ? "" : "s"})`;
  const sentence = where === "" ? `Request: ${first.message}${more}` : `${where}: ${first.message}${more}`;
  return { ok: false, error: domainError("invalid_request", sentence, { path: where }) };
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
