import type { z } from "zod";
import { parseRequest } from "../../src/api/parse-request";

/** The parsed value, failing the test with the parse error's sentence if there is one. */
export function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = parseRequest(schema, input);
  if (!result.ok) throw new Error(`expected valid input, got: ${result.error.message}`);
  return result.value;
}

/** The invalid_request sentence for input that must be refused. */
export function refusal(schema: z.ZodType, input: unknown): string {
  const result = parseRequest(schema, input);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  expect(result.error.code).toBe("invalid_request");
  return result.error.message;
}
