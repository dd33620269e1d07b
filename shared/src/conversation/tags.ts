import { MAX_TAG_LENGTH } from "./limits";

/**
 * Tags are compared lower-cased and trimmed so "VIP" and "vip " are one tag. A tag is a letter or
 * digit followed by letters, digits and `_ - : . /` ("billing", "refund:partial", "plan/pro"): no
 * spaces, so tags stay clickable tokens in both sidebars and in search.
 */
export function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase();
}

/** A normalised tag's shape; the API's tag schema checks the same pattern at the edge. */
export const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_\-:./]*$/u;

export function isValidTag(tag: string): boolean {
  return tag.length <= MAX_TAG_LENGTH && TAG_PATTERN.test(tag);
}
