import { createHash } from "node:crypto";
import { isProviderError } from "./provider-error";
import type { FailedMessage } from "./sink";
import type { Provider } from "./state";
import { CONNECTOR_LIMITS } from "@baton/shared/limits";

/**
 * Failed tries (the first failure included) before a dead letter is left for the admin: 5 tries
 * over about 2.5 hours (10 + 20 + 40 + 80 minutes of backoff) outlast a deploy or a brief bug, and a
 * message that still fails will fail on every retry.
 */
export const MAX_DEAD_LETTER_ATTEMPTS = CONNECTOR_LIMITS.deadLetterAttempts.value;
/** The first replay waits this long; each further one twice as long as the previous. */
export const DEAD_LETTER_BASE_DELAY_MS = CONNECTOR_LIMITS.deadLetterFirstRetryDelay.value;
/**
 * Replays per connector run: a pile of poison mail may only cost a bounded slice of the 5-minute
 * poll (the rest waits for the next poll, oldest due first).
 */
export const MAX_REPLAYS_PER_RUN = CONNECTOR_LIMITS.deadLetterReplaysPerRun.value;
/** An error sentence is cut to this: the admin needs what went wrong, not a stack or a body. */
export const MAX_DEAD_LETTER_ERROR_CHARS = CONNECTOR_LIMITS.deadLetterErrorLength.value;

export type DeadLetterStatus = "waiting" | "gave_up";

/**
 * orgs/{org}/connectorDeadLetters/{id}: one message a connector could not fetch or record. Only
 * what the admin needs to act and a replay needs to find the message again: no body, no headers
 * beyond the Message-ID, no token. Backend only (firestore.rules); the API lists it to admins.
 */
export interface DeadLetter {
  /** deadLetterId(mailboxId, providerId): the same message failing again updates one letter. */
  id: string;
  org: string;
  mailboxId: string;
  provider: Provider;
  providerId: string;
  messageId: string | null;
  folder: string | null;
  /** "provider_400", "error", "type_error"...: what kind of failure, for grouping. */
  errorCode: string;
  /** The failure's own sentence, cut to MAX_DEAD_LETTER_ERROR_CHARS. */
  error: string;
  /** Failed tries so far, the first included. */
  attempts: number;
  firstFailedAt: number;
  lastFailedAt: number;
  /** When the scheduler replays it next; null once it gave up (Firestore range queries skip null). */
  retryAt: number | null;
  status: DeadLetterStatus;
}

/** Persistence of dead letters; Firestore in production, a Map in unit tests. */
export interface DeadLetterStore {
  /** Creates the letters that do not exist yet; an existing one (a page read again) is kept as is. */
  add(letters: readonly DeadLetter[]): Promise<void>;
  /** A mailbox's waiting letters whose retryAt has come, oldest first, at most `limit`. */
  due(org: string, mailboxId: string, nowMs: number, limit: number): Promise<DeadLetter[]>;
  get(org: string, id: string): Promise<DeadLetter | null>;
  put(letter: DeadLetter): Promise<void>;
  remove(org: string, id: string): Promise<void>;
  /** The org's letters, most recently failed first, at most `limit`. */
  list(org: string, limit: number): Promise<DeadLetter[]>;
}

/**
 * `{mailboxId}_{hash}`: a provider id may hold characters a document id cannot ("/"), and the hash
 * has a fixed length, so the mailbox prefix stays unambiguous.
 */
export function deadLetterId(mailboxId: string, providerId: string): string {
  return `${mailboxId}_${createHash("sha256").update(providerId).digest("hex").slice(0, 32)}`;
}

/** A code and a sentence for an error: what the admin reads, never the error object itself. */
export function describeFailure(error: unknown): { code: string; sentence: string } {
  const sentence = (error instanceof Error ? error.message : String(error)).slice(
    0,
    MAX_DEAD_LETTER_ERROR_CHARS,
  );
  if (isProviderError(error)) return { code: `provider_${error.status}`, sentence };
  const name = error instanceof Error ? error.name : "error";
  const code = name
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "");
  return { code: code === "" ? "error" : code, sentence };
}

export function retryDelayMs(attempts: number): number {
  return DEAD_LETTER_BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1);
}

export interface Mailbox {
  org: string;
  mailboxId: string;
  provider: Provider;
}

export function firstFailure(mailbox: Mailbox, failed: FailedMessage, nowMs: number): DeadLetter {
  const { code, sentence } = describeFailure(failed.error);
  return {
    id: deadLetterId(mailbox.mailboxId, failed.providerId),
    org: mailbox.org,
    mailboxId: mailbox.mailboxId,
    provider: mailbox.provider,
    providerId: failed.providerId,
    messageId: failed.messageId,
    folder: failed.folder,
    errorCode: code,
    error: sentence,
    attempts: 1,
    firstFailedAt: nowMs,
    lastFailedAt: nowMs,
    retryAt: nowMs + retryDelayMs(1),
    status: "waiting",
  };
}

/** One more failed try: scheduled again with a longer wait, or given up after the last try. */
export function failedAgain(letter: DeadLetter, error: unknown, nowMs: number): DeadLetter {
  const { code, sentence } = describeFailure(error);
  const attempts = letter.attempts + 1;
  const gaveUp = attempts >= MAX_DEAD_LETTER_ATTEMPTS;
  return {
    ...letter,
    errorCode: code,
    error: sentence,
    attempts,
    lastFailedAt: nowMs,
    retryAt: gaveUp ? null : nowMs + retryDelayMs(attempts),
    status: gaveUp ? "gave_up" : "waiting",
  };
}

/** The admin's "retry": a fresh set of tries, the first at the next run. */
export function retryNow(letter: DeadLetter, nowMs: number): DeadLetter {
  return { ...letter, attempts: 0, retryAt: nowMs, status: "waiting" };
}
