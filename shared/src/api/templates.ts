import { z } from "zod";
import { TEMPLATE_LIMITS } from "../limits/templates";
import { SETTINGS_LIMITS } from "../limits/settings";
import { OBSERVING_LIMITS } from "../limits/observing";
import { TEMPLATE_LANGUAGES, TEMPLATE_SCOPES } from "../templates/variables";
import {
  conversationKeySchema,
  epochMsSchema,
  mailboxIdSchema,
  requestIdSchema,
  tagSchema,
} from "./primitives";

/*
 * Templates (canned replies, issue 17): per mailbox (written by leads and admins) and personal
 * (written by their owner only). The body is plain text with {{variables}}: no HTML is accepted, so
 * nothing needs sanitising on the way in; rendering escapes every character and builds the HTML
 * itself (paragraphs and line breaks), which both clients insert as it is. The route entries
 * (`templatesRoutes`, at the end) are registered in routes.ts beside the contract's own.
 *
 * Rendering and counting a use are two calls: POST /templates/{id}/render fills the variables for a
 * conversation and writes nothing (the agent sees `missing` before inserting, and may cancel);
 * POST /templates/{id}/used is sent once the text is actually in the draft, with a request id, so a
 * retried request or a second render never counts twice.
 */

const L = TEMPLATE_LIMITS;

export const templateIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "expected a template id of 1 to 64 letters, digits, _ or -" });

/** "/Refund-NL" and "refund-nl" are one shortcut: typed after a slash in the search box. */
export const templateShortcutSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/^\//, ""))
  .pipe(
    z
      .string()
      .min(1)
      .max(L.templateShortcutLength.value)
      .regex(/^[a-z0-9][a-z0-9_-]*$/, {
        error: "expected a shortcut of lower-case letters, digits, _ or - (such as refund-nl)",
      }),
  );

const mailboxRefSchema = z.string().trim().toLowerCase().pipe(mailboxIdSchema);

/** The fields PUT replaces; scope, mailbox and owner are fixed when the template is created. */
const templateFieldsShape = {
  name: z.string().trim().min(1).max(L.templateNameLength.value),
  shortcut: templateShortcutSchema,
  language: z.enum(TEMPLATE_LANGUAGES).default("en"),
  tags: z
    .array(tagSchema)
    .max(L.templateTags.value)
    .default([])
    .transform((tags) => [...new Set(tags)]),
  body: z.string().min(1).max(L.templateBodyLength.value),
};

/** POST /templates. A mailbox template names its mailbox; a personal one belongs to the caller. */
export const createTemplateRequestSchema = z
  .strictObject({
    scope: z.enum(TEMPLATE_SCOPES),
    mailbox: mailboxRefSchema.optional(),
    ...templateFieldsShape,
  })
  .superRefine((t, ctx) => {
    if (t.scope === "mailbox" && t.mailbox === undefined)
      ctx.addIssue({ code: "custom", path: ["mailbox"], message: "a mailbox template needs its mailbox" });
    if (t.scope === "personal" && t.mailbox !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["mailbox"],
        message: "a personal template belongs to no mailbox; leave mailbox out",
      });
  });

/** PUT /templates/{id}: the whole editable part, replaced. */
export const updateTemplateRequestSchema = z.strictObject(templateFieldsShape);

/** A template as answered. Instants in epoch ms. */
export const templateSchema = z.object({
  id: z.string(),
  scope: z.enum(TEMPLATE_SCOPES),
  /** Set for scope "mailbox", null for personal. */
  mailbox: z.string().nullable(),
  /** Set for scope "personal" (the owner's email), null for mailbox templates. */
  owner: z.string().nullable(),
  name: z.string(),
  shortcut: z.string(),
  language: z.enum(TEMPLATE_LANGUAGES),
  tags: z.array(z.string()),
  body: z.string(),
  /** Variables the body uses that no conversation can fill (typos): the editor warns about them. */
  unknownVariables: z.array(z.string()),
  /** Inserts counted by POST /templates/{id}/used. */
  useCount: z.number().int(),
  lastUsedAt: epochMsSchema.nullable(),
  /**
   * The customers' answers on conversations this template was used on (one answer per conversation
   * cycle, a changed answer counted once at its new rating): their count and average 1-5, or null
   * before the first answer. Used on a conversation = POST /used carried its `conversationKey`.
   */
  csat: z.object({ count: z.number().int().min(1), average: z.number().min(1).max(5) }).nullable(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
  updatedBy: z.string(),
  /** Whether the caller may PUT/DELETE it: the owner for personal, leads/admins for mailbox. */
  canEdit: z.boolean(),
});

/**
 * GET /templates?mailbox=&q=&scope=&limit=: the caller's personal templates and, with `mailbox`, that
 * mailbox's (given by id or address); without it, every mailbox's the caller sees (bounded by
 * templatesAcrossMailboxes: clients that know the conversation's mailbox should name it). `q` matches name, shortcut, tags and body
 * (case- and accent-insensitive, every word must match); "/refund" matches shortcuts only. Order:
 * an exact shortcut first, then most used, then name.
 */
export const listTemplatesQuerySchema = z.strictObject({
  mailbox: mailboxRefSchema.optional(),
  q: z.string().max(L.templateSearchLength.value).optional(),
  scope: z.enum(TEMPLATE_SCOPES).optional(),
  limit: z.coerce.number().int().min(1).max(L.templateSearchResults.value).default(20),
});

export const listTemplatesResponseSchema = z.object({
  templates: z.array(templateSchema),
  /** True when more templates matched than `limit`. */
  truncated: z.boolean(),
});

/**
 * POST /templates/{id}/render. `readerZone`: the customer's IANA zone when the client knows it (an
 * unknown zone falls back to the mailbox's). `customerName`: the display name of the customer's
 * message as the client shows it ("Ana Lima <ana@x.test>" or "Ana Lima"): Baton stores addresses
 * only (observe keeps no display names), so without it {{customer.firstName}} and {{customer.name}}
 * are reported missing.
 */
export const renderTemplateRequestSchema = z.strictObject({
  conversationKey: conversationKeySchema,
  readerZone: z.string().min(1).max(SETTINGS_LIMITS.timeZoneLength.value).optional(),
  customerName: z
    .string()
    .max(OBSERVING_LIMITS.addressLength.value)
    .transform((value) => value.replace(/<[^<>]*>\s*$/, "").trim())
    .optional(),
});

/**
 * The filled template. A variable that could not be filled is left out of `html`/`text` (never
 * "{{...}}") and named in `missing`; the client shows those before inserting.
 */
export const renderTemplateResponseSchema = z.object({
  templateId: z.string(),
  html: z.string(),
  text: z.string(),
  missing: z.array(z.string()),
  language: z.enum(TEMPLATE_LANGUAGES),
  /** The zone the date phrases were written in (the customer's if given, else the mailbox's). */
  timeZone: z.string(),
});

/**
 * POST /templates/{id}/used: sent once after the text is in the draft; `requestId` makes it once.
 * `conversationKey`: the conversation the draft answers (the caller must see it, else 404); the
 * template is then credited with that conversation cycle's survey answer (its `csat`).
 */
export const templateUsedRequestSchema = z.strictObject({
  requestId: requestIdSchema,
  conversationKey: conversationKeySchema.optional(),
});

export const templateUsedResponseSchema = z.object({
  templateId: z.string(),
  useCount: z.number().int(),
  /** False when this request id was already counted (a retry). */
  counted: z.boolean(),
});

export const deleteTemplateResponseSchema = z.object({ id: z.string(), deleted: z.literal(true) });

const idParams = z.strictObject({ id: templateIdSchema });
const noQuery = z.strictObject({});

/**
 * Route entries, registered in routes.ts. Every member may list, render and count templates and keep
 * personal ones ("read"); mailbox templates additionally need edit_policies (leads and admins),
 * and a personal template is the owner's alone: both checked by the handler against the document.
 */
export const templatesRoutes = {
  listTemplates: {
    method: "GET",
    path: "/templates",
    auth: true,
    permission: "read",
    query: listTemplatesQuerySchema,
    response: listTemplatesResponseSchema,
  },
  createTemplate: {
    method: "POST",
    path: "/templates",
    auth: true,
    permission: "read",
    body: createTemplateRequestSchema,
    response: templateSchema,
  },
  updateTemplate: {
    method: "PUT",
    path: "/templates/{id}",
    auth: true,
    permission: "read",
    params: idParams,
    body: updateTemplateRequestSchema,
    response: templateSchema,
  },
  deleteTemplate: {
    method: "DELETE",
    path: "/templates/{id}",
    auth: true,
    permission: "read",
    params: idParams,
    query: noQuery,
    response: deleteTemplateResponseSchema,
  },
  renderTemplate: {
    method: "POST",
    path: "/templates/{id}/render",
    auth: true,
    permission: "read",
    params: idParams,
    body: renderTemplateRequestSchema,
    response: renderTemplateResponseSchema,
  },
  templateUsed: {
    method: "POST",
    path: "/templates/{id}/used",
    auth: true,
    permission: "read",
    params: idParams,
    body: templateUsedRequestSchema,
    response: templateUsedResponseSchema,
  },
} as const;

export type Template = z.output<typeof templateSchema>;
export type CreateTemplateRequest = z.input<typeof createTemplateRequestSchema>;
export type UpdateTemplateRequest = z.input<typeof updateTemplateRequestSchema>;
export type ListTemplatesQuery = z.input<typeof listTemplatesQuerySchema>;
export type ListTemplatesResponse = z.output<typeof listTemplatesResponseSchema>;
export type RenderTemplateRequest = z.input<typeof renderTemplateRequestSchema>;
export type RenderTemplateResponse = z.output<typeof renderTemplateResponseSchema>;
export type TemplateUsedRequest = z.input<typeof templateUsedRequestSchema>;
export type TemplateUsedResponse = z.output<typeof templateUsedResponseSchema>;
