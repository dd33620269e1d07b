import { validateRedactionSettings, type RedactionPattern, type RedactionSettings } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { paths } from "./paths";

/** What an org gets until an admin decides otherwise: card numbers and IBANs never stored in notes. */
export const DEFAULT_REDACTION: RedactionSettings = { cards: true, ibans: true, patterns: [] };

export interface OrgSettings {
  redaction: RedactionSettings;
}

/** The org's settings, read leniently: a malformed setting falls back to the safe default. */
export async function loadOrgSettings(db: Firestore, org: string): Promise<OrgSettings> {
  const snapshot = await paths.org(db, org).get();
  const raw: unknown = snapshot.get("settings.redaction");
  return { redaction: toRedaction(raw) };
}

function toRedaction(raw: unknown): RedactionSettings {
  if (typeof raw !== "object" || raw === null) return DEFAULT_REDACTION;
  const value = raw as Record<string, unknown>;
  const patterns = (Array.isArray(value.patterns) ? (value.patterns as unknown[]) : []).flatMap(toPattern);
  const settings: RedactionSettings = {
    cards: value.cards !== false,
    ibans: value.ibans !== false,
    patterns,
  };
  // Patterns that do not compile must not take note-writing down; cards and IBANs still apply.
  return validateRedactionSettings(settings) === null ? settings : { ...settings, patterns: [] };
}

/** `{name, regex}` as the domain has it, or a bare regex string (named after its position). */
function toPattern(raw: unknown, index: number): RedactionPattern[] {
  if (typeof raw === "string") return [{ name: `pattern_${index + 1}`, regex: raw }];
  if (typeof raw !== "object" || raw === null) return [];
  const { name, regex } = raw as Record<string, unknown>;
  return typeof name === "string" && typeof regex === "string" ? [{ name, regex }] : [];
}
