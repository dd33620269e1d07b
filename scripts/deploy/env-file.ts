// backend/.env.<project>: the deploy owns the BATON_* lines it writes; every other line (comments,
// GMAIL_PUSH_TOPIC, rate limits an admin set) is kept as it was.

/** Sets each key (replacing its line, or appending it); a null value removes the key. */
export function mergeEnvFile(existing: string, values: Record<string, string | null>): string {
  const lines = existing === "" ? [] : existing.replace(/\n$/, "").split("\n");
  const done = new Set<string>();
  const out: string[] = [];
  for (const line of lines) {
    const key = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1];
    if (key === undefined || !(key in values)) {
      out.push(line);
      continue;
    }
    done.add(key);
    const value = values[key];
    if (value !== null && value !== undefined) out.push(`${key}=${value}`);
  }
  for (const [key, value] of Object.entries(values))
    if (!done.has(key) && value !== null) out.push(`${key}=${value}`);
  return `${out.join("\n")}\n`;
}

export function readEnvValue(text: string, key: string): string | null {
  for (const line of text.split("\n")) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (match?.[1] === key) return (match[2] ?? "").trim();
  }
  return null;
}

/** The CSAT link key's size: 32 random bytes, as much as the HMAC-SHA256 that signs the links. */
export const CSAT_SECRET_BYTES = 32;

/**
 * BATON_CSAT_SECRET (signs customer survey links, backend/src/csat/token.ts): the deployed one is
 * kept, since a new one would void every survey link already in customers' inboxes; a new one
 * (base64url of 32 random bytes) when there is none.
 */
export function csatSecretFor(existing: string, randomBytes: (size: number) => Uint8Array): string {
  const kept = readEnvValue(existing, "BATON_CSAT_SECRET");
  if (kept !== null && kept !== "") return kept;
  return Buffer.from(randomBytes(CSAT_SECRET_BYTES)).toString("base64url");
}
