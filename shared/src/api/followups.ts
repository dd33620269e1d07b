/**
 * Follow-ups and snooze (issue 17): "remind me if no reply by <when>" and "snooze until <when>",
 * where <when> is an ISO instant or "next_business_morning" (the next business opening of the
 * mailbox's calendar after now, in the mailbox's zone; the server resolves it, so every client
 * means the same morning). When a follow-up's time passes with no customer reply, or a snooze ends,
 * the sweeper puts the conversation back in the queue (status open) marked "follow-up due" and tells
 * the owner once. The contract both sidebars call; registered in routes.ts.
 *
 * Routes:
 * - POST   /conversations/{key}/follow-up  {dueAt, requestId}   set or move the reminder
 * - DELETE /conversations/{key}/follow-up?requestId=…           clear it
 * - POST   /conversations/{key}/snooze     {until, requestId}   status snoozed until <when>
 * Each answers the conversation response (conversation.followUp, conversation.followUpDue, view).
 */
import { z } from "zod";
import { conversationKeySchema, isoInstantSchema, requestIdSchema } from "./primitives";
import { conversationResponseSchema } from "./responses";

export const NEXT_BUSINESS_MORNING = "next_business_morning" as const;

/** An instant (ISO with offset, parsed to epoch ms) or the keyword the server resolves. */
export const followUpWhenSchema = z.union([isoInstantSchema, z.literal(NEXT_BUSINESS_MORNING)]);
export type FollowUpWhen = z.output<typeof followUpWhenSchema>;

export const setFollowUpRequestSchema = z.strictObject({
  dueAt: followUpWhenSchema,
  requestId: requestIdSchema,
});
export const clearFollowUpQuerySchema = z.strictObject({ requestId: requestIdSchema });
export const snoozeRequestSchema = z.strictObject({
  until: followUpWhenSchema,
  requestId: requestIdSchema,
});

export type SetFollowUpRequest = z.input<typeof setFollowUpRequestSchema>;
export type ClearFollowUpQuery = z.input<typeof clearFollowUpQuerySchema>;
export type SnoozeRequest = z.input<typeof snoozeRequestSchema>;

const keyParams = z.strictObject({ key: conversationKeySchema });

// set_status: a follow-up or a snooze decides when the conversation comes back to the queue, which
// is what changing its status does (viewers may not; agents and up may, owner or not).
export const followupsRoutes = {
  setFollowUp: {
    method: "POST",
    path: "/conversations/{key}/follow-up",
    auth: true,
    permission: "set_status",
    refusal: "set follow-ups",
    params: keyParams,
    body: setFollowUpRequestSchema,
    response: conversationResponseSchema,
  },
  clearFollowUp: {
    method: "DELETE",
    path: "/conversations/{key}/follow-up",
    auth: true,
    permission: "set_status",
    refusal: "clear follow-ups",
    params: keyParams,
    query: clearFollowUpQuerySchema,
    response: conversationResponseSchema,
  },
  snooze: {
    method: "POST",
    path: "/conversations/{key}/snooze",
    auth: true,
    permission: "set_status",
    refusal: "snooze conversations",
    params: keyParams,
    body: snoozeRequestSchema,
    response: conversationResponseSchema,
  },
} as const;
