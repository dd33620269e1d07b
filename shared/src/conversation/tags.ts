import { MAX_TAG_LENGTH } from "./limits";

/**
 * Tags are compared normalised so "VIP", "vip " and the same word typed with combining accents are
 * one tag: trimmed, composed (NFC: "u" + U+0308 and "ü" are one letter), and lower-cased with
 * String#toLowerCase, which is locale-independent (Unicode's default mapping), so a Turkish browser
 * and a US server store the same tag.
 */
export function normalizeTag(tag: string): string {
  // NFC again after lower-casing: a few lower-case mappings ("İ" -> "i" + U+0307) leave a sequence
  // that composition may change.
  return tag.trim().normalize("NFC").toLowerCase().normalize("NFC");
}

/**
 * A normalised tag's shape: a letter or digit of any script, then letters, digits, combining marks
 * (scripts such as Devanagari and Thai need them; none composes away) and `_ - : . /` ("billing",
 * "refund:partial", "plan/pro", "ünïcødé", "請求", "हिन्दी"). No spaces, so tags stay clickable tokens
 * in both sidebars and in search; no control or format characters (zero-width joiners, bidi
 * controls), which would make two tags look alike. The API's tag schema checks the same.
 */
export const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_\-:./]*$/u;

/**
 * A tag's length in code points (what a reader counts as characters for every script but emoji and
 * some combined forms), compared against MAX_TAG_LENGTH. UTF-16 units would count a supplementary-
 * plane letter (CJK extension B) as two.
 */
export function tagLength(tag: string): number {
  return Array.from(tag).length;
}

export function isValidTag(tag: string): boolean {
  return tagLength(tag) <= MAX_TAG_LENGTH && TAG_PATTERN.test(tag);
}
