/**
 * The org's redaction, retention and mailbox visibility as form strings, and back to PUT /org/settings. Patterns are
 * written one "name regex" per line (the regex is everything after the first space, so it may
 * contain spaces). The request goes through the API's own schema and shared's
 * validateRedactionSettings, so the form refuses what the server would, with the same sentences.
 */
import {
  describeIssue,
  formatPath,
  putOrgSettingsRequestSchema,
  validateRedactionSettings,
  type MailboxVisibility,
  type OrgSettingsResponse,
  type PutOrgSettingsRequest,
} from "@baton/shared";

export interface OrgSettingsForm {
  cards: boolean;
  ibans: boolean;
  /** One "name regex" per line. */
  patterns: string;
  /** Whole days; empty keeps resolved conversations until deleted. */
  retentionDays: string;
  /** Who sees a mailbox's conversations: everyone, or only its listed agents (plus leads and admins). */
  mailboxVisibility: MailboxVisibility;
}

export type OrgSettingsResult =
  { ok: true; request: PutOrgSettingsRequest } | { ok: false; errors: Record<string, string> };

export function toOrgSettingsForm(settings: OrgSettingsResponse): OrgSettingsForm {
  return {
    cards: settings.redaction.cards,
    ibans: settings.redaction.ibans,
    patterns: settings.redaction.patterns.map((p) => `${p.name} ${p.regex}`).join("\n"),
    retentionDays: settings.retentionDays === null ? "" : String(settings.retentionDays),
    mailboxVisibility: settings.mailboxVisibility,
  };
}

export function readOrgSettingsForm(form: OrgSettingsForm): OrgSettingsResult {
  const errors: Record<string, string> = {};
  const patterns = form.patterns
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const space = line.search(/\s/);
      if (space < 0) errors["redaction.patterns"] ??= `"${line}": write one "name regex" per line`;
      return space < 0
        ? { name: line, regex: "" }
        : { name: line.slice(0, space), regex: line.slice(space).trim() };
    });
  const days = form.retentionDays.trim();
  const retentionDays = days === "" ? null : /^\d+$/.test(days) ? Number(days) : Number.NaN;
  if (Number.isNaN(retentionDays)) errors["retentionDays"] = "Retention is a whole number of days, or empty.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = putOrgSettingsRequestSchema.safeParse(
    {
      redaction: { cards: form.cards, ibans: form.ibans, patterns },
      retentionDays,
      mailboxVisibility: form.mailboxVisibility,
    },
    { error: describeIssue },
  );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[formatPath(issue.path)] ??= issue.message;
    return { ok: false, errors };
  }
  const problem = validateRedactionSettings(parsed.data.redaction);
  if (problem !== null) return { ok: false, errors: { "redaction.patterns": problem.message } };
  return { ok: true, request: parsed.data };
}
