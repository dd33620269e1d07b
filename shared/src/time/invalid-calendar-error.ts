import type { ErrorKey, ErrorParams } from "../errors";
import { englishError } from "../i18n/english-errors";

/**
 * Thrown for a calendar that cannot define business time (unknown zone, malformed or overlapping
 * windows, no windows at all). The message is a sentence an admin can act on; `code` matches the
 * DomainError code so the backend maps it like any other domain error.
 */
export class InvalidCalendarError extends Error {
  readonly code = "invalid_calendar";

  /** The sentence's errors-catalogue key and params (the message is its English text). */
  constructor(
    readonly key: ErrorKey,
    readonly params: ErrorParams = {},
  ) {
    super(englishError(key, params));
    this.name = "InvalidCalendarError";
  }
}
