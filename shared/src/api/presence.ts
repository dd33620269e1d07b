import { z } from "zod";
import { emailSchema, epochMsSchema } from "./primitives";

export const PRESENCE_STATES = ["viewing", "replying"] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number];

/** POST /conversations/{key}/presence: a heartbeat; the backend stamps the time. */
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
