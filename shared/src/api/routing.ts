import { z } from "zod";
import { PRIORITIES } from "../conversation/types";
import { ROUTING_LIMITS } from "../limits/routing";
import { ASSIGNING_STRATEGIES, RULE_RUNS_ON, STRATEGIES, type RuleAction } from "../routing/types";
import { businessCalendarSchema, routingSchema } from "./admin";
import { jobResponseSchema } from "./jobs";
import {
  conversationKeySchema,
  emailSchema,
  epochMsSchema,
  isoInstantSchema,
  mailboxIdSchema,
  tagSchema,
} from "./primitives";

/*
 * Routing settings of a mailbox and a member's availability (issue 16). These check shapes and
 * sizes, and refuse an unknown field by name; what needs the rest of the org (a pattern the
 * linear-time engine refuses, an assignee outside the agents, a move to an unknown mailbox, a loop
 * between mailboxes, duplicate rule ids) is `validateRoutingRules` in routing/, which the backend runs
 * next and answers as 400 with its sentence. The route entries (`routingRoutes`, at the end) are
 * registered in routes.ts beside the contract's own.
 */

const L = ROUTING_LIMITS;

const patternSchema = z.string().min(1).max(L.routingPatternLength.value);

/** "acme.com", "@acme.com" and "ACME.com" all name acme.com. */
const DOMAIN_PATTERN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const addressConditionSchema = z
  .strictObject({
    field: z.enum(["from", "to", "cc"]),
    op: z.enum(["is", "domain"]),
    value: z.string().trim().toLowerCase().min(1).max(L.routingPatternLength.value),
  })
  .transform((c) => (c.op === "domain" ? { ...c, value: c.value.replace(/^@/, "") } : c))
  .superRefine((c, ctx) => {
    const ok = c.op === "is" ? z.email().safeParse(c.value).success : DOMAIN_PATTERN.test(c.value);
    if (!ok)
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: c.op === "is" ? "expected an email address" : "expected a domain such as acme.com",
      });
  });

const conditionSchema = z.discriminatedUnion(
  "field",
  [
    addressConditionSchema,
    z.strictObject({
      field: z.enum(["subject", "snippet"]),
      op: z.enum(["contains", "matches"]),
      value: patternSchema,
    }),
    z.strictObject({ field: z.literal("hasAttachment"), value: z.boolean() }),
    z.strictObject({ field: z.literal("isReply"), value: z.boolean() }),
    z.strictObject({
      field: z.literal("previousConversations"),
      op: z.enum(["at_least", "at_most"]),
      value: z.number().int().min(0).max(L.routingPreviousConversations.value),
    }),
    z.strictObject({ field: z.literal("businessHours"), value: z.boolean() }),
    z.strictObject({ field: z.literal("priority"), op: z.literal("is"), value: z.enum(PRIORITIES) }),
    z.strictObject({ field: z.literal("tags"), op: z.literal("has"), value: tagSchema }),
  ],
  {
    error:
      "expected one of from, to, cc, subject, snippet, hasAttachment, isReply, previousConversations, businessHours, priority, tags",
  },
);

const assignActionSchema = z
  .strictObject({
    type: z.literal("assign"),
    member: emailSchema.optional(),
    group: z.array(emailSchema).min(1).max(L.routingGroupMembers.value).optional(),
    strategy: z.enum(ASSIGNING_STRATEGIES).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.member !== undefined && (a.group !== undefined || a.strategy !== undefined))
      ctx.addIssue({
        code: "custom",
        path: ["member"],
        message: "names one member; leave out group and strategy, or leave out member",
      });
    if (a.member === undefined && a.group === undefined && a.strategy === undefined)
      ctx.addIssue({ code: "custom", message: "needs a member, a group or a strategy" });
  });

const actionSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("set_priority"), priority: z.enum(PRIORITIES) }),
    z.strictObject({
      type: z.literal("add_tags"),
      tags: z.array(tagSchema).min(1).max(L.routingTagsPerAction.value),
    }),
    z.strictObject({ type: z.literal("move_to_mailbox"), mailbox: mailboxIdSchema }),
    assignActionSchema,
    z.strictObject({ type: z.literal("mark"), status: z.enum(["closed", "spam"]) }),
  ],
  { error: "expected one of set_priority, add_tags, move_to_mailbox, assign, mark" },
);

export const routingRuleSchema = z.strictObject({
  id: z
    .string()
    .max(L.routingRuleIdLength.value)
    .regex(/^[a-z0-9][a-z0-9_-]*$/, {
      error: "expected a rule id of lower-case letters, digits, _ or - (such as invoices)",
    }),
  name: z.string().trim().min(1).max(L.routingRuleNameLength.value),
  enabled: z.boolean().default(true),
  runOn: z.enum(RULE_RUNS_ON).default("new_conversation"),
  when: z.array(conditionSchema).max(L.routingConditions.value),
  then: z.array(actionSchema).min(1).max(L.routingActions.value),
  stop: z.boolean().default(false),
});

const capSchema = z.number().int().min(0).max(L.routingCapacity.value);

export const capacitySchema = z.strictObject({
  maxOpen: capSchema.nullable().default(null),
  perPriority: z
    .strictObject({
      low: capSchema.optional(),
      normal: capSchema.optional(),
      high: capSchema.optional(),
      urgent: capSchema.optional(),
    })
    .default({}),
});

/** The fields routing adds to a mailbox's `routing` ({agents, onCall}, api/admin.ts). */
export const routingSettingsShape = {
  strategy: z.enum(STRATEGIES).default("manual"),
  rules: z.array(routingRuleSchema).max(L.routingRules.value).default([]),
  capacity: capacitySchema.default({ maxOpen: null, perPriority: {} }),
  rebalanceTo: z.enum(["strategy", "lead"]).default("strategy"),
  anyHour: z.boolean().default(false),
};

/** A mailbox's routing settings on their own (RoutingSettings). */
export const routingSettingsSchema = z.strictObject(routingSettingsShape);

/**
 * The whole `routing` of a mailbox: who works it (`agents`: the candidates, empty meaning every
 * member; `onCall`) and how it routes. Meant as the body of PUT /mailboxes/{id}/routing and as the
 * `routing` of a mailbox once the API wave merges it; paths in its sentences are relative to it.
 */
export const mailboxRoutingSchema = routingSchema.extend(routingSettingsShape);

const skillsSchema = z
  .array(tagSchema)
  .max(L.memberSkills.value)
  .transform((skills) => [...new Set(skills)]);
const memberCapSchema = capSchema.nullable().optional();

/** PUT of a member's availability (from either sidebar or the dashboard): instants as ISO strings. */
export const memberAvailabilityRequestSchema = z.strictObject({
  awayUntil: isoInstantSchema.nullable().default(null),
  workingHours: businessCalendarSchema.optional(),
  skills: skillsSchema.default([]),
  maxOpen: memberCapSchema,
});

/** A member's availability as stored and answered (MemberAvailability): instants in epoch ms. */
export const memberAvailabilitySchema = z.object({
  awayUntil: epochMsSchema.nullable(),
  workingHours: businessCalendarSchema.optional(),
  skills: z.array(z.string()),
  maxOpen: z.number().int().nullable().optional(),
});

/**
 * PUT /me/availability: what any member says about themself from a sidebar or the dashboard. Only
 * "away until" (ISO, or null: back now); hours, skills and caps are an admin's, through
 * PUT /members/{email}/availability.
 */
export const ownAvailabilityRequestSchema = z.strictObject({
  awayUntil: isoInstantSchema.nullable(),
});

/** GET/PUT /me/availability and PUT /members/{email}/availability answer the member's availability. */
export const memberAvailabilityResponseSchema = memberAvailabilitySchema.extend({ email: z.string() });

/** GET/PUT /mailboxes/{id}/routing answer the mailbox's whole `routing`, defaults filled in. */
export const mailboxRoutingResponseSchema = z.object({ id: z.string(), routing: mailboxRoutingSchema });

const skippedSchema = z.object({ member: z.string(), reason: z.string() });

/**
 * The preview runs the draft against this many of the mailbox's most recent conversations: what the
 * issue asks ("test against the last 50"), and a bounded read (50 conversation documents, no
 * messages) that answers in well under a second. Not configurable: more is a report, not a preview.
 */
export const ROUTING_PREVIEW_CONVERSATIONS = 50;

/**
 * One conversation of POST /mailboxes/{id}/routing/preview: the rules that would fire on it (each
 * action with its rule), who the strategy would pick (or why nobody), and `sentences`: the same
 * one-line explanations the sidebars show for routed events ("Tagged billing by rule 'Invoices'",
 * "Assigned to Ana by round-robin (Ben away)", "Waiting: nobody available (…)").
 */
export const routingPreviewItemSchema = z.object({
  key: conversationKeySchema,
  subject: z.string(),
  from: z.string(),
  /** When the conversation arrived (its first message), epoch ms. */
  arrivedAt: z.number(),
  fired: z.array(
    z.object({
      ruleId: z.string(),
      ruleName: z.string(),
      // The action as the rule says it (RuleAction); checked by its `type` on the way out only.
      action: z.custom<RuleAction>((value) => typeof value === "object" && value !== null && "type" in value),
    }),
  ),
  /** Who would be assigned; null when nobody would (manual, a person owns it, nobody available). */
  assignee: z.string().nullable(),
  skipped: z.array(skippedSchema),
  sentences: z.array(z.string()),
});

/**
 * POST /mailboxes/{id}/routing/preview: the draft run against the mailbox's most recent
 * conversations (newest first, at most ROUTING_PREVIEW_CONVERSATIONS), without writing anything.
 * `firedByRule` counts, per rule id, the conversations it would fire on.
 */
export const routingPreviewResponseSchema = z.object({
  evaluated: z.number().int(),
  conversations: z.array(routingPreviewItemSchema),
  firedByRule: z.record(z.string(), z.number().int()),
});

const mailboxParams = z.strictObject({ id: mailboxIdSchema });
const memberParams = z.strictObject({ email: emailSchema });
const noQuery = z.strictObject({});
const ROUTING_REFUSAL = "change a mailbox's routing; only admins can";

/** Route entries, registered in routes.ts beside the contract's own. */
export const routingRoutes = {
  getMailboxRouting: {
    method: "GET",
    path: "/mailboxes/{id}/routing",
    auth: true,
    permission: "manage_mailboxes",
    refusal: "see a mailbox's routing; only admins can",
    params: mailboxParams,
    query: noQuery,
    response: mailboxRoutingResponseSchema,
  },
  // Replaces the whole routing (agents, onCall, strategy, rules, capacity…), validated against the
  // org's other mailboxes (loops), members and agents first: refused as a whole, never half-saved.
  putMailboxRouting: {
    method: "PUT",
    path: "/mailboxes/{id}/routing",
    auth: true,
    permission: "manage_mailboxes",
    refusal: ROUTING_REFUSAL,
    params: mailboxParams,
    body: mailboxRoutingSchema,
    response: mailboxRoutingResponseSchema,
  },
  // Recounts every member's open load from the conversations (the caps' input), as a background job
  // the admin watches on GET /jobs/{id}; also started by the first PUT that leaves `manual`.
  rebuildMemberLoad: {
    method: "POST",
    path: "/routing/load/rebuild",
    auth: true,
    permission: "manage_mailboxes",
    refusal: "recount members' open load; only admins can",
    success: 202,
    body: z.strictObject({}),
    response: jobResponseSchema,
  },
  // The body is the draft routing (what PUT would take); nothing is written.
  previewMailboxRouting: {
    method: "POST",
    path: "/mailboxes/{id}/routing/preview",
    auth: true,
    permission: "manage_mailboxes",
    refusal: ROUTING_REFUSAL,
    params: mailboxParams,
    body: mailboxRoutingSchema,
    response: routingPreviewResponseSchema,
  },
  // Every member reads and sets their own "away until" (both sidebars and the dashboard).
  getMyAvailability: {
    method: "GET",
    path: "/me/availability",
    auth: true,
    permission: "read",
    query: noQuery,
    response: memberAvailabilityResponseSchema,
  },
  putMyAvailability: {
    method: "PUT",
    path: "/me/availability",
    auth: true,
    permission: "read",
    body: ownAvailabilityRequestSchema,
    response: memberAvailabilityResponseSchema,
  },
  // Another member's away, hours, skills and cap: who gets conversations, so admins only.
  putMemberAvailability: {
    method: "PUT",
    path: "/members/{email}/availability",
    auth: true,
    permission: "manage_members",
    refusal: "change another member's availability; only admins can",
    params: memberParams,
    body: memberAvailabilityRequestSchema,
    response: memberAvailabilityResponseSchema,
  },
} as const;

export type RoutingRuleInput = z.input<typeof routingRuleSchema>;
export type RoutingSettingsInput = z.input<typeof routingSettingsSchema>;
export type MailboxRoutingInput = z.input<typeof mailboxRoutingSchema>;
export type MailboxRouting = z.output<typeof mailboxRoutingSchema>;
export type MemberAvailabilityRequest = z.input<typeof memberAvailabilityRequestSchema>;
export type OwnAvailabilityRequest = z.input<typeof ownAvailabilityRequestSchema>;
export type MemberAvailabilityResponse = z.output<typeof memberAvailabilityResponseSchema>;
export type MailboxRoutingResponse = z.output<typeof mailboxRoutingResponseSchema>;
export type RoutingPreviewResponse = z.output<typeof routingPreviewResponseSchema>;
export type RoutingPreviewItem = z.output<typeof routingPreviewItemSchema>;
