import { z } from "zod";
import { PRIORITIES, STATUSES } from "../conversation/types";
import { emailSchema, isoInstantSchema, requestIdSchema, tagSchema } from "./primitives";
import { CONVERSATION_LIMITS } from "../limits/conversations";

/** POST /conversations/{key}/claim and /release. */
export const claimRequestSchema = z.strictObject({ requestId: requestIdSchema });
export const releaseRequestSchema = claimRequestSchema;

/** POST /conversations/{key}/assign. Unassigning is a release, so the assignee is always a member. */
export const assignRequestSchema = z.strictObject({ assignee: emailSchema, requestId: requestIdSchema });

/** POST /conversations/{key}/status. `snoozedUntil` belongs to, and only to, status "snoozed". */
export const statusRequestSchema = z
  .strictObject({
    status: z.enum(STATUSES),
    snoozedUntil: isoInstantSchema.optional(),
    requestId: requestIdSchema,
  })
  .superRefine((value, ctx) => {
    if (value.status === "snoozed" && value.snoozedUntil === undefined) {
      ctx.addIssue({ code: "custom", path: ["snoozedUntil"], message: "is required when status is snoozed" });
    }
    if (value.status !== "snoozed" && value.snoozedUntil !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["snoozedUntil"],
        message: "is only allowed when status is snoozed",
      });
    }
  });

/** POST /conversations/{key}/priority. */
export const priorityRequestSchema = z.strictObject({
  priority: z.enum(PRIORITIES),
  requestId: requestIdSchema,
});

const MAX_TAGS_PER_REQUEST = CONVERSATION_LIMITS.tagsPerRequest.value;

/** POST /conversations/{key}/tags: both lists optional, at least one tag, none in both. */
export const tagsRequestSchema = z
  .strictObject({
    add: z.array(tagSchema).max(MAX_TAGS_PER_REQUEST).default([]),
    remove: z.array(tagSchema).max(MAX_TAGS_PER_REQUEST).default([]),
    requestId: requestIdSchema,
  })
  .superRefine((value, ctx) => {
    if (value.add.length === 0 && value.remove.length === 0) {
      ctx.addIssue({ code: "custom", path: ["add"], message: "add or remove at least one tag" });
    }
    const both = value.add.filter((tag) => value.remove.includes(tag));
    if (both.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["remove"],
        message: `cannot add and remove "${both.join('", "')}"`,
      });
    }
  });

export type ClaimRequest = z.input<typeof claimRequestSchema>;
export type ReleaseRequest = z.input<typeof releaseRequestSchema>;
export type AssignRequest = z.input<typeof assignRequestSchema>;
export type StatusRequest = z.input<typeof statusRequestSchema>;
export type ParsedStatusRequest = z.output<typeof statusRequestSchema>;
export type PriorityRequest = z.input<typeof priorityRequestSchema>;
export type TagsRequest = z.input<typeof tagsRequestSchema>;
export type ParsedTagsRequest = z.output<typeof tagsRequestSchema>;
