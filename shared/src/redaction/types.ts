/** The org's redaction setting, applied to notes before they are stored. */
export interface RedactionSettings {
  cards: boolean;
  ibans: boolean;
  /** Extra detectors: `regex` in JavaScript syntax, run on RE2 (linear time: no backreferences or lookaround). */
  patterns?: RedactionPattern[];
}

export interface RedactionPattern {
  /** Reported as the finding's kind and shown in the mask, e.g. "customer_id". */
  name: string;
  regex: string;
}

export type FindingKind = "card" | "iban" | (string & {});

/** Where something sensitive was, as offsets into the ORIGINAL text (end exclusive). */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
}

/** A detected span plus the text that replaces it. */
export interface Detection extends Finding {
  mask: string;
}

export interface RedactionResult {
  text: string;
  findings: Finding[];
}
