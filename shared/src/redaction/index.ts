// Public surface of redaction/: card numbers, IBANs and configured patterns -> masked text + findings.
export type { RedactionSettings, RedactionPattern, RedactionResult, Finding, FindingKind } from "./types";
export { redact } from "./redact";
export { validateRedactionSettings, MAX_PATTERNS } from "./patterns";
export { passesLuhn } from "./luhn";
export { isValidIban, IBAN_LENGTHS } from "./iban";
