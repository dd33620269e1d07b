import { z } from "zod";
import { PRIORITIES, STATUSES } from "../conversation/types";
import { SKIP_REASONS, STRATEGIES } from "../routing/types";
import { epochMsSchema } from "./primitives";

/**
 * The runtime mirror of conversation/routed.ts RoutedReason (a routing decision kept on the
 * conversation, so the sidebars say why). Plain objects: a response may grow fields.
 */
const routedBySchema = z.object({
  rule: z.object({ id: z.string(), name: z.string() }).optional(),
  strategy: z.enum(STRATEGIES).optional(),
  skipped: z.array(z.object({ member: z.string(), reason: z.enum(SKIP_REASONS) })).optional(),
  rebalancedFrom: z.string().optional(),
});

const base = { at: epochMsSchema, routedBy: routedBySchema };

export const routedReasonSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("assigned"), assignee: z.string(), previous: z.string().nullable(), ...base }),
  z.object({
    type: z.literal("status_changed"),
    from: z.enum(STATUSES),
    to: z.enum(STATUSES),
    snoozedUntil: z.number().optional(),
    ...base,
  }),
  z.object({
    type: z.literal("priority_changed"),
    from: z.enum(PRIORITIES),
    to: z.enum(PRIORITIES),
    ...base,
  }),
  z.object({ type: z.literal("tag_added"), tag: z.string(), ...base }),
  z.object({ type: z.literal("mailbox_moved"), from: z.string(), to: z.string(), ...base }),
  z.object({ type: z.literal("routing_waited"), ...base }),
]);
