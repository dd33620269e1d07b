import { domainError, type DomainError } from "../errors";
import type { Detection, RedactionPattern, RedactionSettings } from "./types";

export const MAX_PATTERNS = 20;
const MAX_NAME = 40;
const MAX_REGEX = 500;

/**
 * Checks the org's setting when it is saved, so `redact` can trust it. Patterns must compile with the
 * "gu" flags and must not match empty text (an empty match would redact nothing yet loop forever in
 * naive scanners and always signals a mistake). Catastrophic backtracking is not detected: patterns
 * come from admins, who are trusted with the mailbox anyway.
 */
export function validateRedactionSettings(settings: RedactionSettings): DomainError | null {
  const patterns = settings.patterns ?? [];
  if (patterns.length > MAX_PATTERNS) {
    return domainError("invalid_request", `At most ${MAX_PATTERNS} redaction patterns are allowed.`);
  }
  const names = new Set<string>();
  for (const p of patterns) {
    const name = p.name.trim();
    if (!/^[\p{L}\p{N}_-]+$/u.test(name) || name.length > MAX_NAME) {
      return domainError(
        "invalid_request",
        `Pattern name "${p.name}" must be 1-${MAX_NAME} letters, digits, "_" or "-".`,
        { pattern: p.name },
      );
    }
    if (name === "card" || name === "iban" || names.has(name)) {
      return domainError("invalid_request", `Pattern name "${name}" is already used.`, { pattern: name });
    }
    names.add(name);
    if (p.regex.length === 0 || p.regex.length > MAX_REGEX) {
      return domainError("invalid_request", `Pattern "${name}" must be 1-${MAX_REGEX} characters long.`, {
        pattern: name,
      });
    }
    const compiled = compilePattern(p);
    if (compiled === null) {
      return domainError("invalid_request", `Pattern "${name}" is not a valid regular expression.`, {
        pattern: name,
      });
    }
    if (compiled.test("")) {
      return domainError(
        "invalid_request",
        `Pattern "${name}" matches empty text; make it match something.`,
        {
          pattern: name,
        },
      );
    }
  }
  return null;
}

export function compilePattern(pattern: RedactionPattern): RegExp | null {
  try {
    return new RegExp(pattern.regex, "gu");
  } catch {
    return null;
  }
}

/** Matches of one configured pattern; an invalid pattern finds nothing (settings are validated on save). */
export function findPattern(text: string, pattern: RedactionPattern): Detection[] {
  const regex = compilePattern(pattern);
  if (regex === null) return [];
  const name = pattern.name.trim();
  const found: Detection[] = [];
  for (const m of text.matchAll(regex)) {
    if (m[0].length === 0) continue;
    found.push({ kind: name, start: m.index, end: m.index + m[0].length, mask: `[${name} redacted]` });
  }
  return found;
}
