// The pure half of the one-off clean-up: what to change in one stored event so that it no longer
// holds a note's text. Kept free of Firestore so the rule can be tested without the emulators.

/** Event types that carried `body` before note events stopped recording text. */
export const NOTE_TEXT_EVENT_TYPES = ["note_added", "note_edited"] as const;

/** `body` is always removed; `length` is set only where the event predates the field. */
export interface NoteTextChange {
  /** Characters of the text, counted as the domain counts them (`body.length`, UTF-16 code units). */
  length?: number;
}

/**
 * The change that strips the text from one event document's data, or null when there is nothing to
 * strip (another event type, or a note event already written or cleaned without `body`). Null for an
 * already-clean event is what makes a re-run a no-op.
 */
export function noteTextChange(data: Readonly<Record<string, unknown>>): NoteTextChange | null {
  const type = data["type"];
  if (!NOTE_TEXT_EVENT_TYPES.some((t) => t === type)) return null;
  if (!("body" in data)) return null;
  const body = data["body"];
  // An existing `length` was computed from the same text when the event was written; keep it.
  if (typeof data["length"] === "number" || typeof body !== "string") return {};
  return { length: body.length };
}
