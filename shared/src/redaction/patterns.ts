import { RE2JS } from "re2js";
import { domainError, type DomainError, type ErrorKey } from "../errors";
import type { Detection, RedactionPattern, RedactionSettings } from "./types";
import { SETTINGS_LIMITS } from "../limits/settings";

export const MAX_PATTERNS = SETTINGS_LIMITS.redactionPatterns.value;
const MAX_NAME = SETTINGS_LIMITS.redactionPatternNameLength.value;
/** Long enough for any detector an admin writes by hand; short enough to keep compiled programs small. */
export const MAX_REGEX = SETTINGS_LIMITS.redactionPatternLength.value;

/**
 * Checks the org's setting when it is saved, so `redact` can trust it. Patterns run inside note
 * transactions on text any member (or a customer, through a quoted mail) writes, so they run on RE2
 * (re2js), whose matching is linear in the text: `(\w+\s?)+#` took 1.2 s on a 27-character note
 * with the backtracking RegExp and doubled per character. A pattern must be valid JavaScript syntax
 * (the "u" flag, as admins write and test them) AND within RE2's syntax, which has no backreferences
 * or lookaround; it must not match empty text (that always signals a mistake).
 */
export function validateRedactionSettings(settings: RedactionSettings): DomainError | null {
  const patterns = settings.patterns ?? [];
  if (patterns.length > MAX_PATTERNS) {
    return domainError("invalid_request", "errors.redactionTooMany", { max: MAX_PATTERNS });
  }
  const names = new Set<string>();
  for (const p of patterns) {
    const name = p.name.trim();
    if (!/^[\p{L}\p{N}_-]+$/u.test(name) || name.length > MAX_NAME) {
      return domainError(
        "invalid_request",
        "errors.redactionName",
        { name: p.name, max: MAX_NAME },
        { pattern: p.name },
      );
    }
    if (name === "card" || name === "iban" || names.has(name)) {
      return domainError("invalid_request", "errors.redactionNameUsed", { name }, { pattern: name });
    }
    names.add(name);
    const problem = patternProblem(p.regex);
    if (problem !== null) {
      return domainError(
        "invalid_request",
        "errors.redactionPattern",
        { name, ...problem },
        { pattern: name },
      );
    }
  }
  return null;
}

/** Why a regex can't be a detector (an errors key ending redactionPattern's sentence), or null when it can. */
function patternProblem(regex: string): { problemKey: ErrorKey; max?: number } | null {
  if (regex.length === 0 || regex.length > MAX_REGEX)
    return { problemKey: "errors.redactionLength", max: MAX_REGEX };
  try {
    // Compiling a RegExp never runs it: this only checks the syntax the admin wrote.
    new RegExp(regex, "u");
  } catch {
    return { problemKey: "errors.redactionInvalid" };
  }
  const compiled = compilePattern(regex);
  if (compiled === null) {
    return { problemKey: "errors.redactionSyntax" };
  }
  if (compiled.test("")) return { problemKey: "errors.redactionEmpty" };
  return null;
}

/**
 * Compiles a JavaScript-syntax pattern for RE2 (translateRegExp maps \uXXXX and (?<name>) to RE2's
 * spelling), or null when RE2 refuses it.
 */
export function compilePattern(regex: string): RE2JS | null {
  try {
    return RE2JS.compile(RE2JS.translateRegExp(regex));
  } catch {
    return null;
  }
}

/** Matches of one configured pattern; an invalid pattern finds nothing (settings are validated on save). */
export function findPattern(text: string, pattern: RedactionPattern): Detection[] {
  const regex = compilePattern(pattern.regex);
  if (regex === null) return [];
  const name = pattern.name.trim();
  const found: Detection[] = [];
  // Offsets are UTF-16 code units, like String#slice, for string input.
  const matcher = regex.matcher(text);
  while (matcher.find()) {
    const start = matcher.start();
    const end = matcher.end();
    if (end > start) found.push({ kind: name, start, end, mask: `[${name} redacted]` });
  }
  return found;
}
