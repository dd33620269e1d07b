import { z } from "zod";
import { CLOCK_KINDS, STATUSES, type Status } from "../conversation/types";
import { CLOCK_TONES } from "../view/types";
import { conversationSchema } from "./domain-schemas";
import { emailSchema, epochMsSchema } from "./primitives";
import { REQUEST_LIMITS } from "../limits/requests";

const isStatus = (value: string): value is Status => (STATUSES as readonly string[]).includes(value);

/** `assignee=me|unassigned|<email>`: the two keywords, or a member's address (lower-cased). */
const assigneeFilterSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const lower = value.toLowerCase();
    if (lower === "me" || lower === "unassigned") return lower;
    const email = emailSchema.safeParse(lower);
    if (email.success) return email.data;
    ctx.addIssue({ code: "custom", message: "expected me, unassigned or an email address" });
    return z.NEVER;
  });

/** `status=open` or `status=open,pending`: several statuses in one query parameter. */
const statusFilterSchema = z
  .string()
  .max(REQUEST_LIMITS.queueStatusFilterLength.value)
  .transform((value, ctx) => {
    const parts = value.split(",").map((part) => part.trim());
    const bad = parts.filter((part) => !isStatus(part));
    if (bad.length > 0) {
      ctx.addIssue({ code: "custom", message: `expected statuses from ${STATUSES.join(", ")}` });
      return z.NEVER;
    }
    return [...new Set(parts)] as Status[];
  });

/**
 * GET /queue?mailbox=&assignee=&status=&mentions=me&limit=&cursor=. Query values arrive as strings, hence the
 * coercion of `limit`; unknown parameters are refused like unknown body fields.
 */
export const queueQuerySchema = z.strictObject({
  mailbox: emailSchema.optional(),
  assignee: assigneeFilterSchema.optional(),
  status: statusFilterSchema.optional(),
  /** `mentions=me`: conversations a current note mentions the caller in ("My work" in both add-ins). */
  mentions: z.literal("me").optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(REQUEST_LIMITS.queuePageSize.value)
    .default(REQUEST_LIMITS.queueDefaultPageSize.value),
  cursor: z.string().min(1).max(REQUEST_LIMITS.queueCursorLength.value).optional(),
});

/** One row of a queue: enough for a list entry without the notes and the whole SLA state. */
export const queueItemSchema = conversationSchema
  .pick({
    key: true,
    mailbox: true,
    subject: true,
    status: true,
    priority: true,
    assignee: true,
    tags: true,
    messageCount: true,
    lastInboundAt: true,
    updatedAt: true,
    // The "follow-up due" marker (issue 17): a reminder or a snooze brought it back; absent otherwise.
    followUpDue: true,
  })
  .extend({
    /** Earliest due instant of a clock that breaches unless someone acts; the queue's sort key. */
    nextDeadline: epochMsSchema.nullable(),
    nextDeadlineClock: z.enum(CLOCK_KINDS).nullable(),
    /** The most urgent tone among the clocks, so a list can colour "breaching soon". */
    tone: z.enum(CLOCK_TONES),
    /**
     * Clocks past their target, oldest breach first: `at` is the breach instant, `stoppedAt` when a
     * late reply or resolution stopped it (null while still overdue). A breached row says what is
     * overdue and by how much from these; absent from servers that predate them.
     */
    breaches: z
      .array(z.object({ clock: z.enum(CLOCK_KINDS), at: epochMsSchema, stoppedAt: epochMsSchema.nullable() }))
      .optional(),
  });

/** Ordered by nextDeadline ascending, conversations without a deadline last. */
export const queueResponseSchema = z.object({
  items: z.array(queueItemSchema),
  nextCursor: z.string().nullable(),
});

export type QueueQuery = z.input<typeof queueQuerySchema>;
export type ParsedQueueQuery = z.output<typeof queueQuerySchema>;
export type QueueItem = z.output<typeof queueItemSchema>;
export type QueueResponse = z.output<typeof queueResponseSchema>;
