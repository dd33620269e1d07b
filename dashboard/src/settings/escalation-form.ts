/**
 * The escalation settings of a mailbox as form strings, and back to PUT /mailboxes/{id}/escalation.
 * The rules are edited as JSON (a list of small objects reads better as text than as nested
 * forms); the rota as fields. Both go through the API's own schemas, so the form refuses what the
 * server would, keyed by request path.
 */
import {
  describeIssue,
  formatPath,
  putEscalationRequestSchema,
  type EscalationSettingsResponse,
  type PutEscalationRequest,
} from "@baton/shared";

export interface EscalationForm {
  /** The escalation policy ({rules, leads}) as pretty JSON. */
  policyJson: string;
  rotaTimeZone: string;
  /** Comma separated emails, in rotation order; empty = no rota (the mailbox's on-call is used). */
  rotaMembers: string;
  rotaAnchorDate: string;
  rotaHandover: string;
  /** One "YYYY-MM-DD email" per line. */
  rotaOverrides: string;
}

export type EscalationResult =
  { ok: true; request: PutEscalationRequest } | { ok: false; errors: Record<string, string> };

export function toEscalationForm(settings: EscalationSettingsResponse, fallbackZone: string): EscalationForm {
  const rota = settings.rota;
  return {
    policyJson: JSON.stringify(settings.policy, null, 2),
    rotaTimeZone: rota?.timeZone ?? fallbackZone,
    rotaMembers: (rota?.members ?? []).join(", "),
    rotaAnchorDate: rota?.anchorDate ?? "",
    rotaHandover: rota?.handover ?? "09:00",
    rotaOverrides: (rota?.overrides ?? []).map((o) => `${o.date} ${o.member}`).join("\n"),
  };
}

export function readEscalationForm(form: EscalationForm): EscalationResult {
  let policy: unknown;
  try {
    policy = JSON.parse(form.policyJson);
  } catch {
    return {
      ok: false,
      errors: { policy: "The rules are not valid JSON: check commas, quotes and brackets." },
    };
  }
  const members = form.rotaMembers.split(/[\s,;]+/).filter((m) => m !== "");
  const errors: Record<string, string> = {};
  const overrides = form.rotaOverrides
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const [date = "", member = "", ...rest] = line.split(/\s+/);
      if (rest.length > 0 || member === "")
        errors["rota.overrides"] = `"${line}": write one "YYYY-MM-DD email" per line`;
      return { date, member };
    });
  const rota =
    members.length === 0
      ? null
      : {
          timeZone: form.rotaTimeZone.trim(),
          members,
          anchorDate: form.rotaAnchorDate.trim(),
          handover: form.rotaHandover.trim(),
          overrides,
        };
  const parsed = putEscalationRequestSchema.safeParse({ policy, rota }, { error: describeIssue });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[formatPath(issue.path)] ??= issue.message;
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, request: parsed.data };
}
