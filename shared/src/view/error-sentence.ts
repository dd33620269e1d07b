import type { ErrorKey } from "../errors";
import { englishErrors, sayError } from "../i18n/english-errors";
import type { Translator } from "../i18n/translator";

/** A failed call as the clients hold it: the API's envelope (ApiError), or their own network error. */
export interface Failure {
  /** The API's `error.code`, or the clients' own "network"/"unreachable"/"unavailable"/"timeout". */
  code?: string;
  /** The API's English sentence: what a reader sees only when the catalogue cannot say `key`. */
  message?: string;
  /** The API's `errors` catalogue key ("errors.already_claimed") and its params, said in `t`'s language. */
  key?: string | null;
  params?: Readonly<Record<string, string | number>>;
  /** The HTTP status, when a response came back (0 or absent: none did). */
  status?: number;
  /** The API's `error.details`: `path` names the offending field of a refused request. */
  details?: Readonly<Record<string, unknown>>;
}

/** What the client sent, so a sentence can say by how much it was off ("this one has 10,250"). */
export interface ErrorContext {
  /** The request body as sent: the error's `details.path` ("body", "add[0]") is read in it. */
  input?: unknown;
}

export interface ErrorReading {
  /** A sentence the reader can act on. */
  sentence: string;
  /**
   * The request field the error belongs to, as the client named it in the body ("body", "add",
   * "snoozedUntil"), so the sentence can stand next to that field; null: the whole action.
   */
  field: string | null;
  /** Whether trying the same thing again can succeed (offer Retry only then). */
  canRetry: boolean;
}

/** Codes whose sentence is the same whatever the API said: the client's own, saying what to do here. */
const SENTENCES: Readonly<Record<string, ErrorKey>> = {
  network: "errors.clientUnreachable",
  unreachable: "errors.clientUnreachable",
  unavailable: "errors.clientUnavailable",
  timeout: "errors.clientTimeout",
  unauthenticated: "errors.clientUnauthenticated",
  not_member: "errors.clientNotMember",
  forbidden: "errors.clientForbidden",
  not_found: "errors.clientNotFound",
  rate_limited: "errors.clientRateLimited",
  conflict: "errors.clientConflict",
  payload_too_large: "errors.clientTooLarge",
  internal: "errors.clientInternal",
};

/**
 * Codes a retry can fix: the server or the way to it was briefly unwell, or another write raced this
 * one (conflict: the retry applies on top of it). Everything else (validation, permission, not found,
 * already claimed by someone else, a transition the state forbids) fails the same way again.
 */
const RETRYABLE = new Set([
  "network",
  "unreachable",
  "unavailable",
  "timeout",
  "rate_limited",
  "conflict",
  "internal",
]);

export function canRetry(failure: Failure | null): boolean {
  if (failure === null) return true;
  if (failure.code !== undefined && RETRYABLE.has(failure.code)) return true;
  if (failure.code !== undefined && failure.code in SENTENCES) return false;
  const status = failure.status ?? 0;
  return status === 429 || status >= 500;
}

/** The request field a failure names ("add[0]" -> "add"), or null. */
export function errorField(failure: Failure | null): string | null {
  const path = failure?.details?.["path"] ?? failure?.details?.["field"];
  if (typeof path !== "string" || path === "") return null;
  return /^[^.[]+/.exec(path)?.[0] ?? null;
}

/** The value at a path such as "add[0]" or "policy.tiers.low" inside what the client sent. */
function valueAt(input: unknown, path: string): unknown {
  let value = input;
  for (const key of path.match(/[^.[\]]+/g) ?? []) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The noun (an ICU select value in the errors catalogue) a field's value is called by. */
const NOUNS: Readonly<Record<string, string>> = {
  body: "note",
  add: "tag",
  remove: "tag",
  snoozedUntil: "snooze",
  assignee: "assignee",
};

/**
 * A refused request's sentence from its path and the validator's (English) phrase, or null: keep the
 * API's. The phrase is read from the API's message, which every server, keyed or not, sends.
 */
function validationSentence(path: string, phrase: string, input: unknown, t: Translator): string | null {
  const field = /^[^.[]+/.exec(path)?.[0] ?? path;
  const noun = NOUNS[field];
  if (noun === undefined) return null;
  const value = valueAt(input, path);
  const isElement = path.includes("[");
  const longest = /must have at most (\d+) characters/.exec(phrase);
  if (longest !== null) {
    const max = Number(longest[1]);
    if (typeof value !== "string") return t.t("errors.fieldTooLong", { noun, max });
    // Counted as each schema counts: tags in code points, other text in UTF-16 units (zod's max).
    const length = noun === "tag" ? Array.from(value.trim()).length : value.trim().length;
    return noun === "tag"
      ? t.t("errors.tagTooLong", { max, value, length })
      : t.t("errors.fieldTooLongThis", { noun, max, length });
  }
  const most = /must have at most (\d+) items/.exec(phrase);
  if (most !== null) return t.t("errors.fieldTooMany", { noun, max: Number(most[1]) });
  if (/must not be empty/.test(phrase))
    return noun === "note" ? t.t("errors.noteEmpty") : t.t("errors.fieldEmpty", { noun });
  if (noun === "tag" && /expected a tag/.test(phrase))
    return typeof value === "string" ? t.t("errors.tagInvalid", { value }) : t.t("errors.tagInvalidThis");
  if (/add or remove at least one tag/.test(phrase)) return t.t("errors.tagNone");
  if (field === "snoozedUntil") return t.t("errors.snoozeInvalid");
  if (field === "assignee") return t.t("errors.assigneeInvalid");
  return isElement ? null : t.t("errors.fieldCheck", { noun, phrase: phrase.replace(/\.$/, "") });
}

/**
 * What a reader sees when a call to Baton fails, in `t`'s language: a sentence saying what happened
 * and what to do, the field it belongs to, and whether Retry can help. In order: the client's own
 * sentence for codes that read the same whatever the API said; a refused field in the reader's words
 * ("A note can be at most 10,000 characters; this one has 10,250.", using what the client sent when it
 * passes `context.input`); the API's key and params (already_claimed, invalid_transition, ...); the
 * API's English message when the catalogue does not know the key (a newer server); a generic sentence.
 */
export function readError(
  failure: Failure | null,
  context: ErrorContext = {},
  t: Translator = englishErrors(),
): ErrorReading {
  const field = errorField(failure);
  const retry = canRetry(failure);
  const said = (sentence: string): ErrorReading => ({ sentence, field, canRetry: retry });
  const known = failure?.code === undefined ? undefined : SENTENCES[failure.code];
  if (known !== undefined) return said(t.t(known));
  const message = failure?.message?.trim() ?? "";
  const path = failure?.details?.["path"];
  if (failure?.code === "invalid_request" && typeof path === "string" && message.startsWith(`${path}: `)) {
    const phrase = message.slice(path.length + 2).replace(/ \(and \d+ more problems?\)$/, "");
    const sentence = validationSentence(path, phrase, context.input, t);
    if (sentence !== null) return said(sentence);
  }
  const keyed = typeof failure?.key === "string" ? sayError(t, failure.key, failure.params) : null;
  const sentence = keyed ?? message;
  if (sentence === "") return said(t.t("errors.clientInternal"));
  // Validation refusals read "path: problem" with no full stop; a reader gets a sentence.
  return said(/[.!?]$/.test(sentence) ? sentence : `${sentence}.`);
}

/** The sentence of readError in `t`'s language: how every client shows a failed call. */
export function errorText(failure: Failure | null, t: Translator, context: ErrorContext = {}): string {
  return readError(failure, context, t).sentence;
}

/** The sentence in English (a client that has no translator yet). */
export function errorSentence(failure: Failure | null, context: ErrorContext = {}): string {
  return readError(failure, context).sentence;
}
