import { fail } from "./errors";

/**
 * Query parameters as plain strings. Express' parser turns `a=1&a=2` into arrays and `a[b]=1` into
 * objects; the contract has neither, so they are refused with a message instead of reaching a schema
 * as a surprising type.
 */
export function readQuery(query: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (typeof value !== "string") fail("invalid_request", "errors.queryRepeated", { name });
    out[name] = value;
  }
  return out;
}
