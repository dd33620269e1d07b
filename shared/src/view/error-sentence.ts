import { formatCount } from "./plural";

/** A failed call as the clients hold it: the API's envelope (ApiError), or their own network error. */
export interface Failure {
  /** The API's `error.code`, or the clients' own "network"/"unreachable"/"unavailable"/"timeout". */
  code?: string;
  message?: string;
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

const UNREACHABLE =
  "Baton's server cannot be reached right now. Check your connection and retry in a minute.";

/** Codes whose sentence is the same whatever the API said. */
const SENTENCES: Readonly<Record<string, string>> = {
  network: UNREACHABLE,
  unreachable: UNREACHABLE,
  unavailable: "Baton is briefly unavailable. Retry in a minute.",
  timeout: "Baton took too long to answer. Retry in a minute.",
  unauthenticated:
    "Baton could not confirm who you are. Reopen Baton and sign in or allow access when asked.",
  not_member: "You are not a member of this team in Baton. Ask your Baton admin to add you.",
  forbidden: "Your role does not allow this. Ask a team lead to do it or to change your role.",
  not_found:
    "Baton does not know this conversation or mailbox. It may belong to a mailbox Baton does not manage.",
  rate_limited: "Too many requests just now. Wait a few seconds and retry.",
  conflict: "Someone changed this at the same moment. Retry to apply your change on top of theirs.",
  payload_too_large: "This is too large for Baton to accept. Shorten it and try again.",
  internal: "Something went wrong in Baton. Retry, and tell your admin if it keeps happening.",
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

/** The noun a field's value is called by, for the fields a reader types or picks. */
const NOUNS: Readonly<Record<string, string>> = {
  body: "note",
  add: "tag",
  remove: "tag",
  snoozedUntil: "snooze end",
  assignee: "assignee",
};

/** A refused request's sentence from its path and the validator's phrase, or null: keep the API's. */
function validationSentence(path: string, phrase: string, input: unknown): string | null {
  const field = /^[^.[]+/.exec(path)?.[0] ?? path;
  const noun = NOUNS[field];
  if (noun === undefined) return null;
  const value = valueAt(input, path);
  const isElement = path.includes("[");
  const longest = /must have at most (\d+) characters/.exec(phrase);
  if (longest !== null) {
    const limit = `A ${noun} can be at most ${formatCount(Number(longest[1]))} characters`;
    if (typeof value !== "string") return `${limit}.`;
    // Counted as each schema counts: tags in code points, other text in UTF-16 units (zod's max).
    const length = noun === "tag" ? Array.from(value.trim()).length : value.trim().length;
    return noun === "tag"
      ? `${limit}; "${value}" has ${formatCount(length)}.`
      : `${limit}; this one has ${formatCount(length)}.`;
  }
  const most = /must have at most (\d+) items/.exec(phrase);
  if (most !== null) return `You can change at most ${most[1]} ${noun}s at once.`;
  if (/must not be empty/.test(phrase))
    return noun === "note" ? "Write something in the note first." : `A ${noun} cannot be empty.`;
  if (noun === "tag" && /expected a tag/.test(phrase)) {
    const shown = typeof value === "string" ? `"${value}"` : "This";
    return `${shown} cannot be a tag: use letters and digits (in any language) and _ . : / -, with no spaces.`;
  }
  if (/add or remove at least one tag/.test(phrase)) return "Choose a tag to add or remove.";
  if (field === "snoozedUntil") return "Choose a date and time for the snooze to end.";
  if (field === "assignee") return "Choose a teammate from the list.";
  return isElement ? null : `Check the ${noun}: it ${phrase.replace(/\.$/, "")}.`;
}

/**
 * What a reader sees when a call to Baton fails: a sentence saying what happened and what to do,
 * the field it belongs to, and whether Retry can help. A refused request's developer wording
 * ("body: must have at most 10000 characters.") becomes the reader's ("A note can be at most 10,000
 * characters; this one has 10,250."), using what the client sent when it passes `context.input`.
 * Codes whose message the API already writes for the reader (already_claimed, invalid_transition,
 * ...) show the API's own sentence.
 */
export function readError(failure: Failure | null, context: ErrorContext = {}): ErrorReading {
  const field = errorField(failure);
  const retry = canRetry(failure);
  const known = failure?.code === undefined ? undefined : SENTENCES[failure.code];
  if (known !== undefined) return { sentence: known, field, canRetry: retry };
  const message = failure?.message?.trim() ?? "";
  const path = failure?.details?.["path"];
  if (failure?.code === "invalid_request" && typeof path === "string" && message.startsWith(`${path}: `)) {
    const phrase = message.slice(path.length + 2).replace(/ \(and \d+ more problems?\)$/, "");
    const sentence = validationSentence(path, phrase, context.input);
    if (sentence !== null) return { sentence, field, canRetry: retry };
  }
  if (message === "") return { sentence: SENTENCES["internal"] ?? "", field, canRetry: retry };
  return { sentence: /[.!?]$/.test(message) ? message : `${message}.`, field, canRetry: retry };
}

export function errorSentence(failure: Failure | null, context: ErrorContext = {}): string {
  return readError(failure, context).sentence;
}
