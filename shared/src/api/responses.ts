import { z } from "zod";
import { memberSchema, mailboxSchema } from "./admin";
import { conversationSchema, noteSchema, sidebarViewSchema, slaStateSchema } from "./domain-schemas";

/** Every conversation read or change answers with the whole picture, so a client never refetches. */
export const conversationResponseSchema = z.object({
  conversation: conversationSchema,
  sla: slaStateSchema,
  view: sidebarViewSchema,
});

export const notesResponseSchema = z.object({ notes: z.array(noteSchema) });
export const healthResponseSchema = z.object({ ok: z.literal(true) });
export const mailboxResponseSchema = z.object({ mailbox: mailboxSchema });
export const memberResponseSchema = z.object({ member: memberSchema });

export type ConversationResponse = z.output<typeof conversationResponseSchema>;
export type NotesResponse = z.output<typeof notesResponseSchema>;
export type HealthResponse = z.output<typeof healthResponseSchema>;
export type MailboxResponse = z.output<typeof mailboxResponseSchema>;
export type MemberResponse = z.output<typeof memberResponseSchema>;
