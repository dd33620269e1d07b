/**
 * The escalation settings of a mailbox as a form (steps, leads, rota), and back to
 * PUT /mailboxes/{id}/escalation. Each step reads "after N h M min of business time past the
 * breach, notify these people through these channels". Validation is the API's own: the shared
 * request schema, the policy and rota checks the backend runs, and membership of the org, so the
 * form refuses what the server would, keyed by request path ("policy.rules.0.channels").
 */
import {
  CHANNEL_KINDS,
  describeIssue,
  addressesNamedIn,
  findNonMember,
  formatPath,
  notAMemberSentence,
  putEscalationRequestSchema,
  validateEscalationPolicy,
  validateRota,
  type ChannelKind,
  type ClockKind,
  type EscalationRule,
  type EscalationSettingsResponse,
  type PutEscalationRequest,
} from "@baton/shared";
import { readHoursMinutes, toHoursMinutes, NO_DURATION, type HoursMinutes } from "./duration-fields";

export const TRIGGERS = ["warned", "breached", "still_breached"] as const;
export const RECIPIENTS = ["assignee", "leads", "on_call"] as const;
export type Trigger = (typeof TRIGGERS)[number];
export type Recipient = (typeof RECIPIENTS)[number];
export { CHANNEL_KINDS };

export interface StepForm {
  /** The rule id: stable, part of escalation event ids (renaming one re-fires it). */
  id: string;
  trigger: Trigger;
  /** still_breached only: how long past the breach, in business time. */
  after: HoursMinutes;
  when: "any" | "assigned" | "unassigned";
  notify: Recipient[];
  /** Comma separated addresses notified as well. */
  members: string;
  channels: ChannelKind[];
  urgent: boolean;
  /** Kept as stored (the form has no clock picker): all clocks when absent. */
  clocks?: ClockKind[];
}

export interface EscalationForm {
  steps: StepForm[];
  /** Comma separated; empty = every member whose role is lead. */
  leads: string;
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

function toStep(rule: EscalationRule): StepForm {
  return {
    id: rule.id,
    trigger: rule.trigger,
    after: rule.trigger === "still_breached" ? toHoursMinutes(rule.afterMinutes ?? 0) : NO_DURATION,
    when: rule.when ?? "any",
    notify: [...rule.notify],
    members: (rule.members ?? []).join(", "),
    channels: [...rule.channels],
    urgent: rule.urgent ?? false,
    ...(rule.clocks === undefined ? {} : { clocks: [...rule.clocks] }),
  };
}

export function toEscalationForm(settings: EscalationSettingsResponse, fallbackZone: string): EscalationForm {
  const rota = settings.rota;
  return {
    steps: settings.policy.rules.map(toStep),
    leads: settings.policy.leads.join(", "),
    rotaTimeZone: rota?.timeZone ?? fallbackZone,
    rotaMembers: (rota?.members ?? []).join(", "),
    rotaAnchorDate: rota?.anchorDate ?? "",
    rotaHandover: rota?.handover ?? "09:00",
    rotaOverrides: (rota?.overrides ?? []).map((o) => `${o.date} ${o.member}`).join("\n"),
  };
}

/** A new step: an hour past the breach, the on-call by email; its id unique among the steps. */
export function newStep(steps: readonly StepForm[]): StepForm {
  const ids = new Set(steps.map((s) => s.id));
  let n = steps.length + 1;
  while (ids.has(`step-${n}`)) n += 1;
  return {
    id: `step-${n}`,
    trigger: "still_breached",
    after: { hours: "1", minutes: "0" },
    when: "any",
    notify: ["on_call"],
    members: "",
    channels: ["email"],
    urgent: false,
  };
}

/** The steps with the one at `index` moved by `delta` (-1 up, +1 down); unchanged at the ends. */
export function moveStep<T>(steps: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const out = [...steps];
  const a = out[index];
  const b = out[target];
  if (a === undefined || b === undefined) return out;
  out[index] = b;
  out[target] = a;
  return out;
}

const emailsOf = (text: string) => text.split(/[\s,;]+/).filter((m) => m !== "");

function toRule(step: StepForm, path: string, errors: Record<string, string>): EscalationRule {
  const members = emailsOf(step.members);
  const afterMinutes =
    step.trigger === "still_breached"
      ? readHoursMinutes(step.after, `${path}.afterMinutes`, errors)
      : undefined;
  if (step.trigger === "still_breached" && afterMinutes === undefined)
    errors[`${path}.afterMinutes`] ??= "Say how long past the breach: hours and minutes of business time.";
  return {
    id: step.id.trim(),
    trigger: step.trigger,
    ...(afterMinutes === undefined ? {} : { afterMinutes }),
    ...(step.when === "any" ? {} : { when: step.when }),
    ...(step.clocks === undefined ? {} : { clocks: step.clocks }),
    notify: step.notify,
    ...(members.length === 0 ? {} : { members }),
    channels: step.channels,
    ...(step.urgent ? { urgent: true } : {}),
  };
}

/**
 * The request the form stands for, or every problem keyed by request path. `members` (the org's
 * addresses, lower case): leads, rota and step members must be among them, as the API checks.
 */
export function readEscalationForm(form: EscalationForm, members?: ReadonlySet<string>): EscalationResult {
  const errors: Record<string, string> = {};
  const rules = form.steps.map((step, i) => toRule(step, `policy.rules.${i}`, errors));
  const rotaMembers = emailsOf(form.rotaMembers);
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
    rotaMembers.length === 0
      ? null
      : {
          timeZone: form.rotaTimeZone.trim(),
          members: rotaMembers,
          anchorDate: form.rotaAnchorDate.trim(),
          handover: form.rotaHandover.trim(),
          overrides,
        };
  const policy = { rules, leads: emailsOf(form.leads) };
  const parsed = putEscalationRequestSchema.safeParse({ policy, rota }, { error: describeIssue });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[formatPath(issue.path)] ??= issue.message;
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  const request = parsed.data;
  const problem =
    prefixed("policy", validateEscalationPolicy(request.policy)) ??
    (request.rota === null ? null : prefixed("rota", validateRota(request.rota)));
  if (problem !== null) return { ok: false, errors: problem };
  if (members !== undefined) {
    const stranger = findNonMember(members, addressesNamedIn(request));
    if (stranger !== null)
      return { ok: false, errors: { [stranger.field]: notAMemberSentence(stranger.email) } };
  }
  return { ok: true, request };
}

function prefixed(
  prefix: string,
  problem: { message: string; details?: Record<string, unknown> | undefined } | null,
): Record<string, string> | null {
  if (problem === null) return null;
  const field = problem.details?.["field"];
  return { [typeof field === "string" && field !== "" ? `${prefix}.${field}` : prefix]: problem.message };
}

/** Every field the escalation form renders, by request path: where its errors are marked. */
export function escalationFields(steps: number): string[] {
  return [
    ...Array.from({ length: steps }, (_, i) =>
      ["id", "trigger", "afterMinutes", "when", "notify", "members", "channels", "urgent"].map(
        (f) => `policy.rules.${i}.${f}`,
      ),
    ).flat(),
    "policy.leads",
    "rota.members",
    "rota.timeZone",
    "rota.anchorDate",
    "rota.handover",
    "rota.overrides",
  ];
}
