import { createHash, timingSafeEqual } from "node:crypto";
import { normalizeSetupCode } from "@baton/shared";

/** Hex SHA-256 of the normalised code: what the deploy writes as BATON_SETUP_CODE_SHA256. */
export function setupCodeSha256(typed: string): string {
  return createHash("sha256").update(normalizeSetupCode(typed), "utf8").digest("hex");
}

/**
 * Whether `typed` is the deployment's code. Compared as digests in constant time, so the response
 * time says nothing about how much of a guess was right.
 */
export function setupCodeMatches(typed: string, expectedSha256: string): boolean {
  const actual = Buffer.from(setupCodeSha256(typed), "hex");
  const expected = Buffer.from(expectedSha256, "hex");
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}
