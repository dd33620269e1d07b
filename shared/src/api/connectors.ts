/**
 * The connectors' dead letters (issue 12): messages a mailbox connector could not fetch or record,
 * set aside so the mailbox kept syncing. Admins list them, ask for a retry, or dismiss them.
 */
import { z } from "zod";
import { mailboxIdSchema } from "./primitives";
import { CONNECTOR_LIMITS } from "../limits/connectors";

/** The newest this many are listed: enough to act on, and it bounds the documents one request reads. */
export const MAX_DEAD_LETTERS_LISTED = CONNECTOR_LIMITS.deadLettersListed.value;

/** `{mailboxId}_{32 hex}` (backend/src/connectors/dead-letters.ts deadLetterId). */
export const deadLetterIdSchema = z
  .string()
  .max(CONNECTOR_LIMITS.deadLetterIdLength.value)
  .regex(/^[a-z0-9][a-z0-9._@+-]{0,127}_[0-9a-f]{32}$/, { error: "expected a dead letter id" });

export const deadLetterSchema = z.object({
  id: z.string(),
  mailboxId: mailboxIdSchema,
  provider: z.enum(["google", "microsoft"]),
  /** The provider's own id of the message (Gmail message id, Graph item id). */
  providerId: z.string(),
  /** The Message-ID header, when the message could be read at all. */
  messageId: z.string().nullable(),
  errorCode: z.string(),
  error: z.string(),
  attempts: z.number(),
  firstFailedAt: z.number(),
  lastFailedAt: z.number(),
  /** When the poll replays it next; null once it gave up. */
  retryAt: z.number().nullable(),
  status: z.enum(["waiting", "gave_up"]),
});
export type DeadLetterView = z.infer<typeof deadLetterSchema>;

const deadLetterParams = z.strictObject({ id: deadLetterIdSchema });
const DEAD_LETTER_REFUSAL = "manage the connectors' dead letters; only admins can";

/** Route entries, registered in routes.ts beside the contract's own. */
export const connectorRoutes = {
  listDeadLetters: {
    method: "GET",
    path: "/connectors/dead-letters",
    auth: true,
    // Connector health is an admin's (the connectors themselves are admin-only in firestore.rules).
    permission: "manage_mailboxes",
    refusal: DEAD_LETTER_REFUSAL,
    query: z.strictObject({}),
    response: z.object({ deadLetters: z.array(deadLetterSchema), limit: z.number() }),
  },
  /** Schedules the message for the next poll (within 5 minutes), with a fresh set of tries. */
  retryDeadLetter: {
    method: "POST",
    path: "/connectors/dead-letters/{id}/retry",
    auth: true,
    permission: "manage_mailboxes",
    refusal: DEAD_LETTER_REFUSAL,
    params: deadLetterParams,
    body: z.strictObject({}),
    response: z.object({ deadLetter: deadLetterSchema }),
  },
  /** Forgets the message: the admin has dealt with it (or it does not matter). */
  dismissDeadLetter: {
    method: "DELETE",
    path: "/connectors/dead-letters/{id}",
    auth: true,
    permission: "manage_mailboxes",
    refusal: DEAD_LETTER_REFUSAL,
    params: deadLetterParams,
    query: z.strictObject({}),
    response: z.object({ dismissed: z.string() }),
  },
} as const;
