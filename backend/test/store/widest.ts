/**
 * The widest values the API lets into a document, for the document budget tests: strings of "あ"
 * (3 UTF-8 bytes per UTF-16 unit, the most any character costs per unit the API's length checks
 * count: astral characters are 4 bytes for 2 units), emails of 254 ASCII characters (the longest
 * emailSchema accepts), and the budget every document is held to.
 */
import { FIRESTORE_MAX_DOCUMENT_BYTES } from "./firestore-size";

/** The most any document may reach: 80% of Firestore's limit, the rest (over 200 KB) is margin. */
export const BUDGET_BYTES = Math.floor(FIRESTORE_MAX_DOCUMENT_BYTES * 0.8);

export const wide = (units: number): string => "あ".repeat(units);

/** A distinct 254-character address. */
export function email(i: number): string {
  const local = `m${i}.`;
  return `${local}${"x".repeat(254 - local.length - "@example.test".length)}@example.test`;
}

/** An org id at its longest (40 characters). */
export const WIDEST_ORG = "o".repeat(40);
