/**
 * Thrown for a calendar that cannot define business time (unknown zone, malformed or overlapping
 * windows, no windows at all). The message is a sentence an admin can act on; `code` matches the
 * DomainError code so the backend maps it like any other domain error.
 */
export class InvalidCalendarError extends Error {
  readonly code = "invalid_calendar";

  constructor(message: string) {
    super(message);
    this.name = "InvalidCalendarError";
  }
}
