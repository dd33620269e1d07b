import {
  validateRedactionSettings,
  type MailboxVisibility,
  type RedactionPattern,
  type RedactionSettings,
} from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { paths } from "./paths";

/** What an org gets until an admin decides otherwise: card numbers and IBANs never stored in notes. */
export const DEFAULT_REDACTION: RedactionSettings = { cards: true, ibans: true, patterns: [] };

export interface OrgSettings {
  redaction: RedactionSettings;
  /** Days a resolved conversation is kept after its last update; null: kept until deleted. */
  retentionDays: number | null;
  /** Who sees a mailbox's conversations (shared maySee); anything but "members" reads as "all". */
  mailboxVisibility: MailboxVisibility;
}

/**
 * The org's settings, read leniently: a malformed setting falls back to the safe default. Read on
 * every note write (no per-instance cache), so a saved change applies to the next note everywhere.
 */
export async function loadOrgSettings(db: Firestore, org: string): Promise<OrgSettings> {
  const snapshot = await paths.org(db, org).get();
  return {
    redaction: toRedaction(snapshot.get("settings.redaction")),
    retentionDays: toRetention(snapshot.get("settings.retentionDays")),
    mailboxVisibility: toVisibility(snapshot.get("settings.mailboxVisibility")),
  };
}

/** Replaces the settings (validated by the caller); other org fields are left alone. */
export async function saveOrgSettings(db: Firestore, org: string, settings: OrgSettings): Promise<void> {
  const redaction = { ...settings.redaction, patterns: settings.redaction.patterns ?? [] };
  await paths.org(db, org).set(
    {
      settings: {
        redaction,
        retentionDays: settings.retentionDays,
        mailboxVisibility: settings.mailboxVisibility,
      },
    },
    { mergeFields: ["settings.redaction", "settings.retentionDays", "settings.mailboxVisibility"] },
  );
}

/** "members" only when stored exactly so: a malformed value keeps today's behaviour, everyone reads. */
export function toVisibility(raw: unknown): MailboxVisibility {
  return raw === "members" ? "members" : "all";
}

function toRetention(raw: unknown): number | null {
  return typeof raw === "number" && Number.isInteger(raw) && raw > 0 ? raw : null;
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
