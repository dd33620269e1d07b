/**
 * The one-time setup code of a deployment (issue 15): printed by `npm run deploy`, typed by the
 * first admin into the dashboard. Only its SHA-256 (of the normalised form below, hex) is deployed
 * (BATON_SETUP_CODE_SHA256), so the code itself lives only on the deployer's screen.
 */

/** Crockford's base32: no I, L, O or U, so no character reads as another. */
export const SETUP_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 20 characters of 5 bits: 100 bits, beyond guessing even without the attempt limit. */
export const SETUP_CODE_LENGTH = 20;
const GROUP = 5;

/** "7KQ2M-..." from random bytes (at least 13: 100 bits); one character per 5 bits, grouped by 5. */
export function formatSetupCode(random: Uint8Array): string {
  if (random.length * 8 < SETUP_CODE_LENGTH * 5) {
    throw new Error(`a setup code needs at least ${Math.ceil((SETUP_CODE_LENGTH * 5) / 8)} random bytes`);
  }
  let bits = 0;
  let value = 0;
  let code = "";
  for (const byte of random) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < SETUP_CODE_LENGTH) {
      code += SETUP_CODE_ALPHABET.charAt((value >> (bits - 5)) & 31);
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  const groups: string[] = [];
  for (let start = 0; start < code.length; start += GROUP) groups.push(code.slice(start, start + GROUP));
  return groups.join("-");
}

/**
 * What a person typed, as the code was printed: case, spaces and dashes do not matter, and the
 * letters Crockford's alphabet leaves out are read as the digits they look like (O -> 0, I/L -> 1).
 */
export function normalizeSetupCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}
