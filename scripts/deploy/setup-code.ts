// The deployment's one-time setup code: a new one on the first deploy (or --new-setup-code), else the
// hash already deployed is kept, so a re-deploy does not invalidate a code the admin has not used yet.
import { createHash } from "node:crypto";
import { formatSetupCode, normalizeSetupCode } from "@baton/shared/identity";

export function setupCodeHash(code: string): string {
  return createHash("sha256").update(normalizeSetupCode(code)).digest("hex");
}

/** `code` is set only when a new code was made: it is printed once and never stored. */
export function chooseSetupCode(
  existingHash: string | null,
  renew: boolean,
  randomBytes: (size: number) => Uint8Array,
): { hash: string; code: string | null } {
  if (existingHash !== null && /^[0-9a-f]{64}$/.test(existingHash) && !renew)
    return { hash: existingHash, code: null };
  const code = formatSetupCode(randomBytes(13));
  return { hash: setupCodeHash(code), code };
}

/** The code in a box with where to type it; the only place it is ever shown. */
export function setupCodeBox(code: string, dashboardUrl: string, dryRun: boolean): string {
  const lines = [
    "Setup code (shown once; only its SHA-256 is deployed):",
    "",
    `    ${code}`,
    "",
    `Open ${dashboardUrl}, sign in with an address in orgDomains, and type it.`,
    ...(dryRun ? ["(Dry run: this code was not deployed.)"] : []),
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const bar = `+${"-".repeat(width + 2)}+`;
  return [bar, ...lines.map((line) => `| ${line.padEnd(width)} |`), bar].join("\n");
}
