import { passesLuhn } from "./luhn";
import type { Detection } from "./types";

/** Card numbers are masked to a fixed shape so the mask does not even leak the length. */
export function maskCard(digits: string): string {
  return `•••• •••• •••• ${digits.slice(-4)}`;
}

// A run of digit groups joined by one separator; each group is a candidate boundary.
const DIGIT_RUN = /\d+(?:[ \u00a0-]\d+)*/g;

/**
 * Payment card numbers: 13-19 digits, Luhn-valid, starting with an issuer digit 2-6 (Mastercard 2/5,
 * Amex/JCB/Diners 3, Visa 4, Discover/UnionPay/Maestro 6), written either contiguously or in the
 * shapes cards are printed in (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4) with one consistent separator.
 * The shape rule is what keeps phone numbers ("+31 6 1234 5678 90") and references out: Luhn alone
 * passes one random number in ten. A number glued to letters or a "+" is an identifier, not a card.
 */
export function findCards(text: string): Detection[] {
  const found: Detection[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const runStart = run.index;
    const runEnd = runStart + run[0].length;
    if (isIdentifierChar(text.charAt(runStart - 1)) || text.charAt(runStart - 1) === "+") continue;
    if (isIdentifierChar(text.charAt(runEnd))) continue;
    const groups = splitGroups(run[0], runStart);
    let i = 0;
    while (i < groups.length) {
      const match = longestCardFrom(text, groups, i);
      if (match === null) {
        i++;
        continue;
      }
      found.push(match.detection);
      i = match.nextGroup;
    }
  }
  return found;
}

interface Group {
  start: number;
  end: number;
  /** The separator before this group ("" for the first). */
  sep: string;
}

function splitGroups(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  for (const m of run.matchAll(/(^|[ \u00a0-])(\d+)/g)) {
    const start = offset + m.index + (m[1] ?? "").length;
    groups.push({ start, end: start + (m[2] ?? "").length, sep: m[1] ?? "" });
  }
  return groups;
}

function longestCardFrom(
  text: string,
  groups: Group[],
  first: number,
): { detection: Detection; nextGroup: number } | null {
  for (let last = Math.min(groups.length - 1, first + 4); last >= first; last--) {
    const span = groups.slice(first, last + 1);
    const lengths = span.map((g) => g.end - g.start);
    const separators = new Set(span.slice(1).map((g) => g.sep));
    if (separators.size > 1 || !isCardShape(lengths)) continue;
    const start = span[0]?.start ?? 0;
    const end = span[span.length - 1]?.end ?? 0;
    const digits = text.slice(start, end).replace(/\D/g, "");
    if (!/^[2-6]/.test(digits) || !passesLuhn(digits)) continue;
    return { detection: { kind: "card", start, end, mask: maskCard(digits) }, nextGroup: last + 1 };
  }
  return null;
}

function isCardShape(lengths: number[]): boolean {
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total < 13 || total > 19) return false;
  if (lengths.length === 1) return true;
  const shape = lengths.join("-");
  if (shape === "4-6-5" || shape === "4-6-4") return true;
  const lastLength = lengths[lengths.length - 1] ?? 0;
  return lengths.slice(0, -1).every((n) => n === 4) && lastLength >= 1 && lastLength <= 4;
}

function isIdentifierChar(c: string): boolean {
  return c !== "" && /[\p{L}\p{N}_]/u.test(c);
}
