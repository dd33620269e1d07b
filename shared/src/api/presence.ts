import { z } from "zod";
import { emailSchema, epochMsSchema } from "./primitives";
import { CONVERSATION_LIMITS } from "../limits/conversations";

export const PRESENCE_STATES = ["viewing", "replying"] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number];

/**
 * How often an open pane or card says it is still there (POST /conversations/{key}/presence). With
 * the view's PRESENCE_TTL_MS of 15 s, two heartbeats may be lost before "is viewing" ends, and a
 * person who left without saying so (tab closed, machine asleep) is gone within 15 s.
 */
export const PRESENCE_HEARTBEAT_MS = CONVERSATION_LIMITS.presenceHeartbeat.value;

/** POST /conversations/{key}/presence: a heartbeat; the backend stamps the time and the expiry. */
export const presenceRequestSchema = z.strictObject({ state: z.enum(PRESENCE_STATES) });

export const presenceEntrySchema = z.object({
  email: emailSchema,
  state: z.enum(PRESENCE_STATES),
  at: epochMsSchema,
});

/** Everyone seen on the conversation within the presence window, the caller included. */
export const presenceResponseSchema = z.object({ presence: z.array(presenceEntrySchema) });

export type PresenceRequest = z.input<typeof presenceRequestSchema>;
export type PresenceEntry = z.output<typeof presenceEntrySchema>;
export type PresenceResponse = z.output<typeof presenceResponseSchema>;
