import { z } from "zod";
import { CLOCK_KINDS, PRIORITIES, STATUSES } from "../conversation/types";
import { CLOCK_TONES } from "../view/types";
import { routedReasonSchema } from "./routed-reason-schema";
import { epochMsSchema } from "./primitives";

/**
 * Runtime mirrors of the domain objects the backend returns (conversation/, sla/, view/). Response
 * schemas are plain (not strict) objects: an add-in already deployed must keep working when the
 * backend adds a field. schema-types.test.ts proves each output type equals its domain type, so
 * they cannot drift apart silently.
 */

const nullableMs = epochMsSchema.nullable();

export const noteSchema = z.object({
  id: z.string(),
  author: z.string(),
  body: z.string(),
  mentions: z.array(z.string()),
  createdAt: epochMsSchema,
  editedAt: nullableMs,
});

export const conversationSchema = z.object({
  key: z.string(),
  mailbox: z.string(),
  subject: z.string(),
  status: z.enum(STATUSES),
  priority: z.enum(PRIORITIES),
  assignee: z.string().nullable(),
  assignedAt: nullableMs,
  tags: z.array(z.string()),
  notes: z.array(noteSchema),
  createdAt: epochMsSchema,
  lastInboundAt: nullableMs,
  lastOutboundAt: nullableMs,
  lastReplyBy: z.string().nullable(),
  snoozedUntil: nullableMs,
  messageCount: z.number().int(),
  recentRequestIds: z.array(z.string()),
  updatedAt: epochMsSchema,
  messageIds: z.array(z.string()).optional(),
  deletedNoteIds: z.array(z.string()).optional(),
  routingLocked: z.boolean().optional(),
  routed: z.array(routedReasonSchema).optional(),
  followUp: z.object({ dueAt: epochMsSchema, by: z.string() }).optional(),
  followUpDue: z
    .object({ at: epochMsSchema, dueAt: epochMsSchema, reason: z.enum(["no_reply", "snooze"]) })
    .optional(),
  wakeAt: epochMsSchema.optional(),
});

const pauseReasonSchema = z.enum(["pending", "snoozed", "outside_business_hours"]);
const clockRunStateSchema = z.enum(["running", "paused", "met", "breached"]);

export const timelineSegmentSchema = z.object({
  kind: z.enum(["ran", "paused", "closed"]),
  reason: pauseReasonSchema.optional(),
  from: epochMsSchema,
  to: epochMsSchema,
  usedMs: z.number(),
  /** A summarised stretch of regular business days (sla/timeline.ts): how many it covers. */
  days: z.number().int().optional(),
});

export const clockStateSchema = z.object({
  kind: z.enum(CLOCK_KINDS),
  cycle: z.number().int(),
  state: clockRunStateSchema,
  warning: z.boolean(),
  startedBy: z.string(),
  startedAt: epochMsSchema,
  stoppedAt: nullableMs,
  targetMs: z.number(),
  usedMs: z.number(),
  leftMs: z.number(),
  dueAt: nullableMs,
  warnAt: nullableMs,
  pausedReason: pauseReasonSchema.nullable(),
  resumesAt: nullableMs,
  closesAt: nullableMs,
  timeline: z.array(timelineSegmentSchema),
});

export const slaStateSchema = z.object({
  priority: z.enum(PRIORITIES),
  clocks: z.array(clockStateSchema),
  nextCheckAt: nullableMs,
});

export const clockViewSchema = z.object({
  kind: z.enum(CLOCK_KINDS),
  label: z.string(),
  cycle: z.number().int(),
  state: clockRunStateSchema,
  tone: z.enum(CLOCK_TONES),
  dueAt: nullableMs,
  warnAt: nullableMs,
  leftMs: z.number(),
  usedMs: z.number(),
  targetMs: z.number(),
  stoppedAt: nullableMs,
  pausedReason: pauseReasonSchema.nullable(),
  resumesAt: nullableMs,
  closesAt: nullableMs.optional(),
  snoozedUntil: nullableMs,
  asOf: epochMsSchema,
  text: z.string(),
  deadlineText: z.string(),
});

export const noteViewSchema = z.object({
  id: z.string(),
  author: z.string(),
  authorName: z.string(),
  body: z.string(),
  mentions: z.array(z.string()),
  mentionNames: z.array(z.string()),
  createdAt: epochMsSchema,
  editedAt: nullableMs,
  when: z.string(),
  editable: z.boolean(),
  deletable: z.boolean(),
});

export const sidebarViewSchema = z.object({
  key: z.string(),
  subject: z.string(),
  mailbox: z.string(),
  timeZone: z.string(),
  readerZone: z.string().nullable().optional(),
  zones: z
    .object({
      mailboxZone: z.string(),
      readerZone: z.string().nullable().optional(),
      mailboxLabel: z.string().optional(),
    })
    .optional(),
  asOf: epochMsSchema,
  ownerLine: z.string(),
  ownerEmail: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerSince: z.number().nullable().optional(),
  ownedByMe: z.boolean(),
  status: z.enum(STATUSES),
  statusLabel: z.string(),
  snoozedUntil: nullableMs,
  priority: z.enum(PRIORITIES),
  priorityLabel: z.string(),
  tags: z.array(z.string()),
  reasons: z.array(z.string()).optional(),
  buttons: z.object({
    claim: z.boolean(),
    release: z.boolean(),
    assign: z.boolean(),
    assignees: z.array(z.object({ email: z.string(), name: z.string() })),
    status: z.array(
      z.object({ value: z.enum(STATUSES), label: z.string(), current: z.boolean(), needsUntil: z.boolean() }),
    ),
    priority: z.array(z.object({ value: z.enum(PRIORITIES), label: z.string(), current: z.boolean() })),
    tag: z.boolean(),
    note: z.boolean(),
  }),
  presenceLine: z.string().nullable(),
  presence: z.array(
    z.object({
      email: z.string(),
      name: z.string(),
      state: z.enum(["viewing", "replying"]),
      at: epochMsSchema,
    }),
  ),
  clocks: z.array(clockViewSchema),
  nextDeadline: nullableMs,
  notes: z.array(noteViewSchema),
  csatLine: z.string().nullable().optional(),
  followUp: z.string().nullable().optional(),
});
