import { z } from "zod";
import { CLOCK_KINDS } from "../conversation/types";
import { CHANNEL_KINDS } from "../escalation/types";
import { checkWebhookUrl, type WebhookChannel } from "../net/webhook-url";
import { emailSchema } from "./primitives";
import { SETTINGS_LIMITS } from "../limits/settings";
import { englishError } from "../i18n/english-errors";

/*
 * Admin settings of a mailbox's SLA actions (issue 6). The schemas check shapes and sizes; the
 * meaning (rule ids unique, afterMinutes only on still_breached, a zone that exists, dates that exist)
 * is `validateEscalationPolicy` / `validateRota` in escalation/, which the backend runs next and
 * answers as 400 with their sentence.
 */

/** Who a rule can notify; each at most once. */
const NOTIFY_TARGETS = ["assignee", "leads", "on_call"] as const;

const ruleSchema = z.strictObject({
  id: z.string().max(SETTINGS_LIMITS.escalationRuleIdLength.value),
  trigger: z.enum(["warned", "breached", "still_breached"]),
  afterMinutes: z.number().int().optional(),
  when: z.enum(["assigned", "unassigned", "any"]).optional(),
  clocks: z.array(z.enum(CLOCK_KINDS)).max(CLOCK_KINDS.length).optional(),
  notify: z.array(z.enum(NOTIFY_TARGETS)).max(NOTIFY_TARGETS.length),
  members: z.array(emailSchema).max(SETTINGS_LIMITS.escalationRuleMembers.value).optional(),
  channels: z.array(z.enum(CHANNEL_KINDS)).max(CHANNEL_KINDS.length),
  urgent: z.boolean().optional(),
});

export const escalationPolicySchema = z.strictObject({
  rules: z.array(ruleSchema).max(SETTINGS_LIMITS.escalationRulesInRequest.value),
  leads: z.array(emailSchema).max(SETTINGS_LIMITS.escalationLeads.value).default([]),
});

const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date "YYYY-MM-DD"' });

export const onCallRotaSchema = z.strictObject({
  timeZone: z.string().min(1).max(SETTINGS_LIMITS.timeZoneLength.value),
  members: z.array(emailSchema).min(1).max(SETTINGS_LIMITS.rotaMembers.value),
  anchorDate: localDateSchema,
  handover: z.string().regex(/^\d{2}:\d{2}$/, { error: 'expected a time "HH:MM"' }),
  overrides: z
    .array(z.strictObject({ date: localDateSchema, member: emailSchema }))
    .max(SETTINGS_LIMITS.rotaOverrides.value)
    .default([]),
});

/** PUT /mailboxes/{id}/escalation: the rules and the rota (null: the mailbox's routing.onCall). */
export const putEscalationRequestSchema = z.strictObject({
  policy: escalationPolicySchema,
  rota: onCallRotaSchema.nullable().default(null),
});

/**
 * A channel's URL: https to a public host, Slack and Teams on their own hosts, each refusal a
 * sentence (checkWebhookUrl). Saved settings never hold a loopback or private target, even on the
 * emulator; the backend checks again when it sends, against the addresses the host resolves to.
 */
const webhookUrlSchema = (channel: WebhookChannel) =>
  z
    .string()
    .max(SETTINGS_LIMITS.webhookUrlLength.value)
    .superRefine((url, ctx) => {
      const refusal = checkWebhookUrl(url, channel);
      if (refusal !== null) ctx.addIssue({ code: "custom", message: refusal });
    });

/**
 * PUT /mailboxes/{id}/channels. Credentials: stored where no member can read them and never sent
 * back. A webhook without `secret` keeps the secret already stored under its id (so an admin can
 * edit a URL without re-typing it); a new webhook needs one.
 */
export const putChannelsRequestSchema = z.strictObject({
  // `{}` (no url) keeps the URL stored for the channel: the form never sees it to send it back.
  slack: z
    .strictObject({ url: webhookUrlSchema("slack").optional() })
    .nullable()
    .default(null),
  teams: z
    .strictObject({ url: webhookUrlSchema("teams").optional() })
    .nullable()
    .default(null),
  webhooks: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, {
          error: "expected a webhook id of 1 to 40 lower-case letters, digits or dashes",
        }),
        // Absent: keep the URL stored under this id (like the secret).
        url: webhookUrlSchema("webhook").optional(),
        secret: z
          .string()
          .min(SETTINGS_LIMITS.webhookSecretMinLength.value, {
            error: `a webhook secret has at least ${SETTINGS_LIMITS.webhookSecretMinLength.value} characters`,
          })
          .max(SETTINGS_LIMITS.webhookSecretLength.value)
          .optional(),
      }),
    )
    .max(SETTINGS_LIMITS.webhooks.value)
    .default([]),
});

/**
 * PUT /mailboxes/{id}/holidays: the country (ISO 3166, e.g. "NL") and optional region ("BY") whose
 * public holidays join the mailbox calendar, or `country: null` to stop. `recompute` is the admin's
 * answer to "re-compute open conversations now?", recorded either way.
 */
export const putHolidaysRequestSchema = z.strictObject({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, { error: "expected a two-letter country code" })
    .transform((c) => c.toUpperCase())
    .nullable(),
  region: z
    .string()
    .regex(/^[A-Za-z0-9]{1,10}$/, { error: "expected a region code such as BY" })
    .transform((r) => r.toUpperCase())
    .optional(),
  recompute: z.boolean(),
});

/** A channel as the API shows it: whether it is set and where it points, never the credential. */
const configuredSchema = z.object({ configured: z.literal(true), host: z.string() }).nullable();

export const channelsViewSchema = z.object({
  slack: configuredSchema,
  teams: configuredSchema,
  webhooks: z.array(z.object({ id: z.string(), host: z.string(), hasSecret: z.boolean() })),
});

export const holidaySourceSchema = z
  .object({
    country: z.string(),
    region: z.string().nullable(),
    fromYear: z.number(),
    toYear: z.number(),
    /** The dates the source added to the calendar (removed again when the source changes). */
    added: z.array(z.string()),
  })
  .nullable();

/** GET /mailboxes/{id}/escalation and every settings PUT answer the whole picture. */
export const escalationSettingsResponseSchema = z.object({
  mailbox: z.string(),
  policy: escalationPolicySchema,
  rota: onCallRotaSchema.nullable(),
  channels: channelsViewSchema,
  holidays: holidaySourceSchema,
  calendarHolidays: z.array(z.string()),
});

export type EscalationPolicyInput = z.input<typeof escalationPolicySchema>;
export type PutEscalationRequest = z.input<typeof putEscalationRequestSchema>;
export type PutChannelsRequest = z.input<typeof putChannelsRequestSchema>;
export type PutHolidaysRequest = z.input<typeof putHolidaysRequestSchema>;
export type ChannelsView = z.output<typeof channelsViewSchema>;
export type EscalationSettingsResponse = z.output<typeof escalationSettingsResponseSchema>;

/**
 * Who may be named in settings (leads, on-call, rota, rule members, agents): members of the org.
 * One check and one sentence for the dashboard's form and the API's 400, so both refuse alike.
 */
export function notAMemberSentence(email: string): string {
  return englishError("errors.notOrgMember", { email });
}

/** The first named address (with its field path) that is not among `members`, or null. */
export function findNonMember(
  members: ReadonlySet<string>,
  named: ReadonlyArray<readonly [field: string, email: string]>,
): { field: string; email: string } | null {
  const found = named.find(([, email]) => !members.has(email.toLowerCase()));
  return found === undefined ? null : { field: found[0], email: found[1] };
}

/** Every address the settings name, with the field that names it (what the API checks too). */
export function addressesNamedIn(request: {
  policy: { leads?: string[] | undefined; rules: Array<{ members?: string[] | undefined }> };
  rota?: { members: string[]; overrides?: Array<{ member: string }> | undefined } | null | undefined;
}): Array<[string, string]> {
  return [
    ...(request.policy.leads ?? []).map((e): [string, string] => ["policy.leads", e]),
    ...request.policy.rules.flatMap((r, i) =>
      (r.members ?? []).map((e): [string, string] => [`policy.rules.${i}.members`, e]),
    ),
    ...(request.rota?.members ?? []).map((e): [string, string] => ["rota.members", e]),
    ...(request.rota?.overrides ?? []).map((o, i): [string, string] => [
      `rota.overrides.${i}.member`,
      o.member,
    ]),
  ];
}
