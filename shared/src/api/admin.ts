import { z } from "zod";
import { STATUSES } from "../conversation/types";
import { ROLES } from "../permissions";
import { objectIdSchema, tenantIdSchema } from "./org-identity";
import { emailSchema } from "./primitives";
import { SETTINGS_LIMITS } from "../limits/settings";

export const roleSchema = z.enum(ROLES);

/** A year of minutes: longer targets are typos, not policies. */
const targetMinutesSchema = z.number().int().min(1).max(SETTINGS_LIMITS.slaTargetMinutes.value);

// The tier keys are the four priorities; schema-types.test.ts proves the output equals SlaPolicy.
const slaTierSchema = z.strictObject({
  firstResponseMinutes: targetMinutesSchema.optional(),
  nextResponseMinutes: targetMinutesSchema.optional(),
  resolutionMinutes: targetMinutesSchema.optional(),
});

export const slaPolicySchema = z.strictObject({
  tiers: z.strictObject({
    low: slaTierSchema,
    normal: slaTierSchema,
    high: slaTierSchema,
    urgent: slaTierSchema,
  }),
  // Strictly inside (0, 1): at 0 every clock would be amber from the start, at 1 warning = breach.
  warningThreshold: z.number().gt(0).lt(1),
  pauseStatuses: z
    .array(z.enum(STATUSES))
    .max(STATUSES.length)
    .refine((statuses) => !statuses.includes("open"), { error: "open cannot pause the clocks" })
    .default(["pending", "snoozed"]),
});

const wallTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'expected a time "HH:MM" (00:00 to 24:00)' });
const windowSchema = z.tuple([wallTimeSchema, wallTimeSchema]);
const dayWindowsSchema = z.array(windowSchema).max(SETTINGS_LIMITS.dayWindows.value);

/**
 * The shape of a BusinessCalendar (time/). Only the shape is checked here; whether the zone exists
 * and the windows are ordered and disjoint is `validateCalendar` (time/), which the
 * backend runs next and reports as invalid_calendar.
 */
export const businessCalendarSchema = z.strictObject({
  timeZone: z.string().min(1).max(SETTINGS_LIMITS.timeZoneLength.value),
  weekly: z.strictObject({
    mon: dayWindowsSchema.optional(),
    tue: dayWindowsSchema.optional(),
    wed: dayWindowsSchema.optional(),
    thu: dayWindowsSchema.optional(),
    fri: dayWindowsSchema.optional(),
    sat: dayWindowsSchema.optional(),
    sun: dayWindowsSchema.optional(),
  }),
  holidays: z
    .array(
      z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, {
        error: 'expected a date "YYYY-MM-DD"',
      }),
    )
    .max(SETTINGS_LIMITS.calendarHolidays.value)
    .optional(),
});

/** Who works a mailbox: `agents` empty means every member; `onCall` gets escalations nobody owns. */
export const routingSchema = z.strictObject({
  agents: z.array(emailSchema).max(SETTINGS_LIMITS.mailboxAgents.value).default([]),
  onCall: emailSchema.nullable().default(null),
});

/**
 * The customer survey on resolve (issue 17): off unless the admin turns it on; `language` is the
 * survey mail's and page's (English or Dutch).
 */
export const mailboxCsatSchema = z.strictObject({
  enabled: z.boolean(),
  language: z.enum(["en", "nl"]).default("en"),
});
export const CSAT_OFF = { enabled: false, language: "en" } as const;

/** PUT /mailboxes/{id} (admins only). Without `csat` the stored survey setting is kept. */
export const putMailboxRequestSchema = z.strictObject({
  address: emailSchema,
  name: z.string().trim().min(1).max(SETTINGS_LIMITS.nameLength.value),
  policy: slaPolicySchema,
  calendar: businessCalendarSchema,
  routing: routingSchema,
  csat: mailboxCsatSchema.optional(),
});

/**
 * PUT /members/{email} (admins only). An address outside the org's domains needs `external: true`;
 * `microsoft` links a Microsoft account (tenant + object id) to the member, for a member whose UPN
 * is not in the org's domains (an external member signing in to Outlook).
 */
export const putMemberRequestSchema = z.strictObject({
  role: roleSchema,
  name: z.string().trim().min(1).max(SETTINGS_LIMITS.nameLength.value).optional(),
  external: z.boolean().optional(),
  microsoft: z.strictObject({ tenant: tenantIdSchema, objectId: objectIdSchema }).optional(),
});

export const memberSchema = z.object({
  email: emailSchema,
  name: z.string(),
  role: roleSchema,
  external: z.boolean().optional(),
});
export const mailboxSchema = z.object({
  id: z.string(),
  address: z.string(),
  name: z.string(),
  policy: slaPolicySchema,
  calendar: businessCalendarSchema,
  routing: routingSchema,
  csat: mailboxCsatSchema.default(CSAT_OFF),
});

export type MailboxCsat = z.output<typeof mailboxCsatSchema>;
export type PutMailboxRequest = z.input<typeof putMailboxRequestSchema>;
export type ParsedPutMailboxRequest = z.output<typeof putMailboxRequestSchema>;
export type PutMemberRequest = z.input<typeof putMemberRequestSchema>;
export type MemberRecord = z.output<typeof memberSchema>;
export type MailboxRecord = z.output<typeof mailboxSchema>;
