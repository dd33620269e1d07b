import { sha256 } from "@noble/hashes/sha2";
import { encodeUtf8 } from "./utf8";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** Hash characters after the prefix: 24 base32 characters = 120 bits, collision-free in practice. */
export const HASH_CHARS = 24;

/**
 * `prefix + base32(sha256(text))`, truncated. Lower-case RFC 4648 base32 keeps the id Firestore-safe
 * (no "/", no ".", never "__x__"), case-insensitive systems safe, and short enough for URLs.
 */
export function hashId(prefix: string, text: string): string {
  return prefix + encodeBase32(sha256(encodeUtf8(text))).slice(0, HASH_CHARS);
}

export function encodeBase32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32.charAt((buffer >>> (bits - 5)) & 31);
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32.charAt((buffer << (5 - bits)) & 31);
  return out;
}
