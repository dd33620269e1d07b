import { z } from "zod";
import { SETTINGS_LIMITS } from "../limits/settings";
import { MAILBOX_VISIBILITIES } from "../permissions/mailbox-membership";

/*
 * The org's settings (issue 7): how notes are redacted and how long resolved conversations are kept.
 * The schema checks shapes and sizes; whether each pattern compiles and matches something is
 * `validateRedactionSettings` in redaction/, which the backend runs next and answers as 400 with its
 * sentence.
 */

export const MIN_RETENTION_DAYS = SETTINGS_LIMITS.retentionDaysMin.value;
export const MAX_RETENTION_DAYS = SETTINGS_LIMITS.retentionDaysMax.value;

export const redactionPatternSchema = z.strictObject({
  name: z.string().min(1).max(SETTINGS_LIMITS.redactionPatternNameLength.value),
  // RE2 syntax and the length cap (MAX_REGEX) are checked, with a sentence, by validateRedactionSettings.
  regex: z
    .string()
    .min(1)
    .max(SETTINGS_LIMITS.redactionPatternLength.value, {
      error: `a redaction pattern has at most ${SETTINGS_LIMITS.redactionPatternLength.value} characters`,
    }),
});

export const redactionSettingsSchema = z.strictObject({
  cards: z.boolean(),
  ibans: z.boolean(),
  patterns: z.array(redactionPatternSchema).max(SETTINGS_LIMITS.redactionPatterns.value).default([]),
});

/** Days a resolved conversation is kept after its last update; null keeps it until deleted. */
export const retentionDaysSchema = z
  .number()
  .int({ error: "retentionDays must be a whole number of days" })
  .min(MIN_RETENTION_DAYS, { error: `retentionDays must be at least ${MIN_RETENTION_DAYS}` })
  .max(MAX_RETENTION_DAYS, { error: `retentionDays must be at most ${MAX_RETENTION_DAYS}` })
  .nullable();

/**
 * Who sees a mailbox's conversations: "all" members (the default), or with "members" only the
 * agents a mailbox lists (plus leads and admins; a mailbox listing none stays everyone's). maySee.
 */
export const mailboxVisibilitySchema = z.enum(MAILBOX_VISIBILITIES, {
  error: `mailboxVisibility must be one of: ${MAILBOX_VISIBILITIES.join(", ")}`,
});

/**
 * PUT /org/settings (admins) replaces the settings; GET answers the same shape. mailboxVisibility
 * may be left out (clients written before it existed) and then means "all".
 */
export const putOrgSettingsRequestSchema = z.strictObject({
  redaction: redactionSettingsSchema,
  retentionDays: retentionDaysSchema,
  mailboxVisibility: mailboxVisibilitySchema.default("all"),
});

export const orgSettingsResponseSchema = z.object({
  redaction: z.object({
    cards: z.boolean(),
    ibans: z.boolean(),
    patterns: z.array(z.object({ name: z.string(), regex: z.string() })),
  }),
  retentionDays: z.number().nullable(),
  mailboxVisibility: mailboxVisibilitySchema,
});

export type PutOrgSettingsRequest = z.input<typeof putOrgSettingsRequestSchema>;
export type OrgSettingsResponse = z.output<typeof orgSettingsResponseSchema>;
