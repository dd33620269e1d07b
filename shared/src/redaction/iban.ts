import type { Detection } from "./types";

/**
 * IBAN lengths by country (SWIFT IBAN registry). A country missing here is not detected: redacting
 * on a checksum alone would hit too many innocent alphanumeric strings. Kept compact (prettier-ignore):
 * one line per country would be 80 lines of noise.
 */
// prettier-ignore
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22,
  GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31,
  MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24,
  SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** ISO 13616 check: move the first four characters to the end, letters to 10..35, mod 97 == 1. */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/[\s\u00a0]/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  let rest = 0;
  for (const c of iban.slice(4) + iban.slice(0, 4)) {
    const value = parseInt(c, 36);
    // Two-digit values shift by 100; digits by 10. Chunking keeps the number far below 2^53.
    rest = value > 9 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest === 1;
}

/** Keeps the country (useful to a reader) and the last four (enough to tell accounts apart). */
export function maskIban(iban: string): string {
  return `${iban.slice(0, 2)}•• •••• •••• ${iban.slice(-4)}`;
}

const IBAN_START = /(?<![\p{L}\p{N}_])[A-Za-z]{2}\d{2}/gu;

/**
 * IBANs in free text, contiguous or in print groups ("DE89 3704 0044 0532 0130 00"): from each
 * country-code + check-digits start, read exactly the country's length of alphanumerics allowing
 * single spaces between them, and require that the IBAN does not run on into a longer word.
 */
export function findIbans(text: string): Detection[] {
  const found: Detection[] = [];
  let searchFrom = 0;
  for (const m of text.matchAll(IBAN_START)) {
    if (m.index < searchFrom) continue;
    const length = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    const end = readCompact(text, m.index, length);
    if (end === null) continue;
    const iban = text
      .slice(m.index, end)
      .replace(/[\s\u00a0]/g, "")
      .toUpperCase();
    if (!isValidIban(iban)) continue;
    found.push({ kind: "iban", start: m.index, end, mask: maskIban(iban) });
    searchFrom = end;
  }
  return found;
}

/** End offset after `count` alphanumerics from `start` (single spaces allowed between), or null. */
function readCompact(text: string, start: number, count: number): number | null {
  let i = start;
  let taken = 0;
  while (taken < count) {
    const c = text.charAt(i);
    if (/[A-Za-z0-9]/.test(c)) {
      taken++;
      i++;
    } else if (taken > 0 && /[ \u00a0]/.test(c) && /[A-Za-z0-9]/.test(text.charAt(i + 1))) {
      i++;
    } else {
      return null;
    }
  }
  return /[\p{L}\p{N}_]/u.test(text.charAt(i)) ? null : i;
}
