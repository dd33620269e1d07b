import { domainError, type DomainError } from "../errors";
import { redact } from "../redaction";
import type { CommandOf } from "./commands";
import { decided, NO_CHANGE, refuse, type DecideContext, type Decision } from "./decision";
import { MAX_NOTE_LENGTH } from "./limits";
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
  if (trimmed === "") return domainError("invalid_request", "A note can't be empty.");
  if (trimmed.length > MAX_NOTE_LENGTH) {
    return domainError("invalid_request", `A note can be at most ${MAX_NOTE_LENGTH} characters long.`);
  }
  const { text, findings } =
    ctx.options.redaction === undefined
      ? { text: trimmed, findings: [] }
      : redact(trimmed, ctx.options.redaction);
  return {
    body: text,
    mentions: extractMentions(text, ctx.options.members ?? []),
    redactions: findings.length,
  };
}

export function decideAddNote(
  _s: Conversation,
  cmd: CommandOf<"add_note">,
  ctx: DecideContext,
): Decision | DomainError {
  const refused = refuse(ctx, "note", "add notes");
  if (refused) return refused;
  const prepared = prepareBody(cmd.body, ctx);
  if ("code" in prepared) return prepared;
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
  const refused = refuse(ctx, "edit_own_note", "edit notes");
  if (refused) return refused;
  const note = findNote(s, cmd.noteId);
  if ("code" in note) return note;
  if (note.author !== ctx.actor.email) {
    return domainError("invalid_transition", "Only the author of a note can edit it.", {
      author: note.author,
    });
  }
  const prepared = prepareBody(cmd.body, ctx);
  if ("code" in prepared) return prepared;
  if (prepared.body === note.body) return NO_CHANGE;
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
    return refuse(ctx, "delete_own_note", "delete notes") ?? NO_CHANGE;
  }
  const note = findNote(s, cmd.noteId);
  if ("code" in note) return note;
  const refused =
    note.author === ctx.actor.email
      ? refuse(ctx, "delete_own_note", "delete notes")
      : refuse(ctx, "delete_any_note", "delete other people's notes");
  if (refused) return refused;
  return decided(ctx, { type: "note_deleted", noteId: note.id });
}

function findNote(s: Conversation, noteId: string): Note | DomainError {
  const note = s.notes.find((n) => n.id === noteId);
  if (note !== undefined) return note;
  if (s.deletedNoteIds?.includes(noteId) === true) {
    return domainError("invalid_transition", "That note was deleted.", { noteId });
  }
  return domainError("not_found", "That note doesn't exist.", { noteId });
}
