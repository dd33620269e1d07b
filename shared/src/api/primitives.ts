import { z } from "zod";
import { MAX_NOTE_LENGTH, MAX_REQUEST_ID_LENGTH, MAX_TAG_LENGTH } from "../conversation/limits";
import { TAG_PATTERN, normalizeTag, tagLength } from "../conversation/tags";
import { OBSERVING_LIMITS, REQUEST_LIMITS } from "../limits";

/**
 * Field schemas every request shares. Wire formats, decided once:
 * - Instants sent by clients (`sentAt`, `snoozedUntil`) are ISO 8601 strings with an explicit offset
 *   or `Z` ("2025-03-10T14:30:00Z"). Both mail clients hand out Date objects, `toISOString()` is one
 *   call on each, and a string cannot be mistaken for seconds-vs-milliseconds the way a bare number
 *   can. Parsing turns them into epoch milliseconds, the domain's instants.
 * - Instants sent by the backend (inside `conversation`, `sla`, `view`) are epoch milliseconds: they
 *   are the domain objects themselves.
 * - Email addresses are trimmed and lower-cased, because members and mailboxes are identified by
 *   their lower-cased address everywhere in the domain.
 */

export const EMAIL_MAX = REQUEST_LIMITS.emailLength.value;

/** A schema-level message that still lets a missing field read "is required". */
const unlessMissing = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? undefined : message;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX)
  .pipe(z.email({ error: unlessMissing("expected an email address") }));

/** "Ana Lima <ana@x.test>" and "ana@x.test" both name ana@x.test: Gmail's getFrom() gives the first. */
export const addressSchema = z
  .string()
  .max(OBSERVING_LIMITS.addressLength.value)
  .transform((value) => /<([^<>]*)>\s*$/.exec(value)?.[1] ?? value)
  .pipe(emailSchema);

/** An idempotency key chosen by the client per user action (a UUID fits). */
export const requestIdSchema = z
  .string()
  .max(MAX_REQUEST_ID_LENGTH)
  .regex(/^[A-Za-z0-9._:-]{8,}$/, {
    error: `expected a request id of 8 to ${MAX_REQUEST_ID_LENGTH} letters, digits or ._:-`,
  });

export const isoInstantSchema = z.iso
  .datetime({ offset: true, error: unlessMissing("expected an ISO date") })
  .transform((value) => Date.parse(value));

/** Conversation keys are 'c_' + lower-case base32/hex (identity/); the range leaves room to change the hash. */
export const conversationKeySchema = z.string().regex(/^c_[a-z0-9]{10,64}$/, {
  error: "expected a conversation key (c_ followed by 10 to 64 letters or digits)",
});

export const noteIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "expected a note id of 1 to 64 letters, digits, _ or -" });

/** Mailbox document ids: a slug or the mailbox address itself. */
export const mailboxIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._@+-]{0,127}$/, {
  error: "expected a mailbox id of lower-case letters, digits or ._@+-",
});

/**
 * Tags are case-insensitive single words in any script, normalised as the domain does (normalizeTag:
 * trimmed, NFC, lower-cased), so "VIP" and "vip" are one tag and fit a chip. Length in code points.
 */
export const tagSchema = z
  .string()
  .transform(normalizeTag)
  // Abort on an empty tag so the user reads one problem, not the pattern's complaint as well.
  .pipe(
    z
      .string()
      .min(1, { abort: true })
      .refine((tag) => tagLength(tag) <= MAX_TAG_LENGTH, {
        error: `must have at most ${MAX_TAG_LENGTH} characters`,
        abort: true,
      })
      .regex(TAG_PATTERN, { error: "expected a tag of letters, digits and _ . : / - (no spaces)" }),
  );

export const noteBodySchema = z.string().trim().min(1).max(MAX_NOTE_LENGTH);

/** Epoch milliseconds, as the backend sends them. */
export const epochMsSchema = z.number().int();
