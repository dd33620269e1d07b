import { findCards } from "./find-cards";
import { findIbans } from "./iban";
import { findPattern } from "./patterns";
import type { Detection, RedactionResult, RedactionSettings } from "./types";

/**
 * Masks what the org asked to keep out of stored notes. Detectors run in a fixed order — IBANs,
 * cards, then configured patterns — and a later detection overlapping an earlier one is dropped, so
 * an IBAN's digits are never also reported as a card. Findings use offsets into the original text.
 */
export function redact(text: string, settings: RedactionSettings): RedactionResult {
  const detections: Detection[] = [];
  const take = (candidates: Detection[]): void => {
    for (const d of candidates) {
      if (!detections.some((k) => d.start < k.end && k.start < d.end)) detections.push(d);
    }
  };
  if (settings.ibans) take(findIbans(text));
  if (settings.cards) take(findCards(text));
  for (const pattern of settings.patterns ?? []) take(findPattern(text, pattern));

  detections.sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const d of detections) {
    out += text.slice(at, d.start) + d.mask;
    at = d.end;
  }
  out += text.slice(at);
  return { text: out, findings: detections.map(({ kind, start, end }) => ({ kind, start, end })) };
}
