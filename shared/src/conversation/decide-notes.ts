import { domainError, type DomainError } from "../errors";
import { redact } from "../redaction";
import type { CommandOf } from "./commands";
import { decided, NO_CHANGE, refuse, type DecideContext, type Decision } from "./decision";
import {
  MAX_MENTIONS_PER_NOTE,
  MAX_NOTE_LENGTH,
  MAX_NOTES_PER_CONVERSATION,
  MAX_NOTES_TOTAL_LENGTH,
} from "./limits";
import { extractMentions } from "./mentions";
import type { Conversation, Note } from "./types";

interface PreparedBody {
  body: string;
  mentions: string[];
  redactions: number;
}

/** Trims, checks and redacts a note body; mentions are read from the redacted text that is stored. */
function prepareBody(raw: string, ctx: DecideContext): PreparedBody | DomainError {
  const trimmed = raw.trim();
  if (trimmed === "") return domainError("invalid_request", "errors.noteEmptyRefused");
  if (trimmed.length > MAX_NOTE_LENGTH) {
    return domainError("invalid_request", "errors.noteTooLong", { max: MAX_NOTE_LENGTH });
  }
  const { text, findings } =
    ctx.options.redaction === undefined
      ? { text: trimmed, findings: [] }
      : redact(trimmed, ctx.options.redaction);
  const mentions = extractMentions(text, ctx.options.members ?? []);
  if (mentions.length > MAX_MENTIONS_PER_NOTE) {
    return domainError("invalid_request", "errors.noteTooManyMentions", {
      max: MAX_MENTIONS_PER_NOTE,
      count: mentions.length,
    });
  }
  return { body: text, mentions, redactions: findings.length };
}

/**
 * Whether the conversation document can hold its notes with `body` in place of `replacing` (null for
 * a new note): checked before anything is written, so a full conversation answers with a sentence,
 * never with Firestore's size error. Only growth is refused: a note written before the caps (or an
 * edit that shortens) always goes through, and deleting is how room is made.
 */
function roomFor(s: Conversation, body: string, replacing: Note | null): DomainError | null {
  if (replacing === null && s.notes.length >= MAX_NOTES_PER_CONVERSATION) {
    return domainError(
      "invalid_request",
      "errors.notesFull",
      { count: s.notes.length },
      { notes: s.notes.length, maxNotes: MAX_NOTES_PER_CONVERSATION },
    );
  }
  const before = s.notes.reduce((sum, n) => sum + n.body.length, 0);
  const after = before - (replacing?.body.length ?? 0) + body.length;
  if (after > MAX_NOTES_TOTAL_LENGTH && after > before) {
    const left = Math.max(0, MAX_NOTES_TOTAL_LENGTH - before + (replacing?.body.length ?? 0));
    return domainError(
      "invalid_request",
      "errors.notesTotalFull",
      { max: MAX_NOTES_TOTAL_LENGTH, left },
      { notesLength: before, maxNotesLength: MAX_NOTES_TOTAL_LENGTH },
    );
  }
  return null;
}

export function decideAddNote(
  s: Conversation,
  cmd: CommandOf<"add_note">,
  ctx: DecideContext,
): Decision | DomainError {
  const refused = refuse(ctx, "note", "addNotes");
  if (refused) return refused;
  const prepared = prepareBody(cmd.body, ctx);
  if ("code" in prepared) return prepared;
  const full = roomFor(s, prepared.body, null);
  if (full) return full;
  return withText(ctx, { type: "note_added", noteId: ctx.newId() }, prepared);
}

/**
 * Only a note's author may edit it, whatever their role: a note is a signed statement, and a lead
 * rewriting an agent's words would misattribute them. That is a rule of notes rather than of roles,
 * hence `invalid_transition`, not `forbidden`. Leads who must remove a note delete it.
 */
export function decideEditNote(
  s: Conversation,
  cmd: CommandOf<"edit_note">,
  ctx: DecideContext,
): Decision | DomainError {
  const refused = refuse(ctx, "edit_own_note", "editNotes");
  if (refused) return refused;
  const note = findNote(s, cmd.noteId);
  if ("code" in note) return note;
  if (note.author !== ctx.actor.email) {
    return domainError("invalid_transition", "errors.noteNotAuthor", {}, { author: note.author });
  }
  const prepared = prepareBody(cmd.body, ctx);
  if ("code" in prepared) return prepared;
  if (prepared.body === note.body) return NO_CHANGE;
  const full = roomFor(s, prepared.body, note);
  if (full) return full;
  return withText(ctx, { type: "note_edited", noteId: note.id }, prepared);
}

/**
 * The note's event without its text, and the text beside it for the projection only: the log keeps
 * that a note was written and whom it mentions, never what it said (see `Decision.noteTexts`).
 */
function withText(
  ctx: DecideContext,
  event: { type: "note_added" | "note_edited"; noteId: string },
  { body, mentions, redactions }: PreparedBody,
): Decision {
  return {
    ...decided(ctx, { ...event, mentions, redactions, length: body.length }),
    noteTexts: { [event.noteId]: body },
  };
}

/** Deleting an already deleted note is a no-op, so a retried delete with a fresh request id is safe. */
export function decideDeleteNote(
  s: Conversation,
  cmd: CommandOf<"delete_note">,
  ctx: DecideContext,
): Decision | DomainError {
  if (s.deletedNoteIds?.includes(cmd.noteId) === true) {
    return refuse(ctx, "delete_own_note", "deleteNotes") ?? NO_CHANGE;
  }
  const note = findNote(s, cmd.noteId);
  if ("code" in note) return note;
  const refused =
    note.author === ctx.actor.email
      ? refuse(ctx, "delete_own_note", "deleteNotes")
      : refuse(ctx, "delete_any_note", "deleteOthersNotes");
  if (refused) return refused;
  return decided(ctx, { type: "note_deleted", noteId: note.id });
}

function findNote(s: Conversation, noteId: string): Note | DomainError {
  const note = s.notes.find((n) => n.id === noteId);
  if (note !== undefined) return note;
  if (s.deletedNoteIds?.includes(noteId) === true) {
    return domainError("invalid_transition", "errors.noteDeleted", {}, { noteId });
  }
  return domainError("not_found", "errors.noteMissing", {}, { noteId });
}
