/**
 * "Mentions for me" (issue 17): GET /queue?mentions=me lists the conversations with a note that
 * mentions the caller and that they have not marked read; POST /conversations/{key}/mentions/read
 * marks every mention of the caller there read (a later note or edit mentioning them is unread again).
 * The contract other clients (the Gmail homepage) call; registered in routes.ts.
 */
import { z } from "zod";
import { conversationKeySchema } from "./primitives";

export const mentionsReadResponseSchema = z.object({ key: z.string(), readAt: z.number() });
export type MentionsReadResponse = z.output<typeof mentionsReadResponseSchema>;

export const mentionsRoutes = {
  markMentionsRead: {
    method: "POST",
    path: "/conversations/{key}/mentions/read",
    auth: true,
    permission: "read",
    params: z.strictObject({ key: conversationKeySchema }),
    body: z.strictObject({}),
    response: mentionsReadResponseSchema,
  },
} as const;
