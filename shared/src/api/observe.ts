import { z } from "zod";
import { addressSchema, emailSchema, isoInstantSchema } from "./primitives";
import { OBSERVING_LIMITS } from "../limits/observing";
import { ROUTING_LIMITS } from "../limits/routing";

/** Bounds: a thread longer than this is reported by its latest messages (see MAX_OBSERVED_MESSAGES). */
export const MAX_OBSERVED_MESSAGES = OBSERVING_LIMITS.observedMessages.value;
const MAX_RECIPIENTS = OBSERVING_LIMITS.recipients.value;

/**
 * One message as a sidebar sees it. Header values are raw (`messageId` with its angle brackets,
 * `references` possibly folded and holding several ids): identity/ normalises them, so clients do not.
 */
export const observedMessageSchema = z.strictObject({
  messageId: z.string().trim().min(1).max(OBSERVING_LIMITS.messageIdLength.value),
  inReplyTo: z.string().max(OBSERVING_LIMITS.messageIdLength.value).optional(),
  references: z.string().max(OBSERVING_LIMITS.referencesLength.value).optional(),
  from: addressSchema,
  to: z.array(addressSchema).max(MAX_RECIPIENTS).optional(),
  cc: z.array(addressSchema).max(MAX_RECIPIENTS).optional(),
  subject: z.string().max(OBSERVING_LIMITS.subjectLength.value),
  /** The sender's `Date` header (a claim; older clients send their host's time here). */
  sentAt: isoInstantSchema,
  /**
   * When the platform received the message (Outlook's item time, Gmail's message date): what the
   * mailbox witnessed. The backend believes `sentAt` only when it is plausibly close to this (see
   * conversation/message-time); optional so clients that send only `sentAt` keep working.
   */
  receivedAt: isoInstantSchema.optional(),
  /**
   * The start of the message's text (Gmail's snippet, Graph's bodyPreview), for routing rules'
   * `snippet` conditions; cut to routingSnippetLength rather than refused, since rules read no
   * further. Optional: older clients send none, and `snippet` conditions then see "".
   */
  snippet: z
    .string()
    .transform((text) => text.slice(0, ROUTING_LIMITS.routingSnippetLength.value))
    .optional(),
  /** The message carries attachments (rules' `hasAttachment`); absent reads as false. */
  hasAttachment: z.boolean().optional(),
  /**
   * The raw `Auto-Submitted` and `Precedence` headers (RFC 3834, RFC 2076), when the message has
   * them: automatic mail (an out-of-office reply, a list, a bounce) is recorded but moves no clock
   * (conversation/auto-mail). Absent reads as a person's mail, as older clients send.
   */
  autoSubmitted: z.string().max(OBSERVING_LIMITS.autoHeaderLength.value).optional(),
  precedence: z.string().max(OBSERVING_LIMITS.autoHeaderLength.value).optional(),
});

/** POST /conversations/observe: the sidebar reports what it sees of the open thread. */
export const observeRequestSchema = z.strictObject({
  mailbox: emailSchema,
  platform: z.enum(["gmail", "outlook"]),
  platformThreadId: z.string().min(1).max(OBSERVING_LIMITS.platformThreadIdLength.value).optional(),
  messages: z.array(observedMessageSchema).min(1).max(MAX_OBSERVED_MESSAGES),
});

/** What a client sends (instants as ISO strings). */
export type ObserveRequest = z.input<typeof observeRequestSchema>;
/** What the backend gets after parsing (instants as epoch ms, addresses bare and lower-cased). */
export type ParsedObserveRequest = z.output<typeof observeRequestSchema>;
export type ObservedMessage = z.output<typeof observedMessageSchema>;
