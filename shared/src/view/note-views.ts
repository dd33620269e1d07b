import type { Note } from "../conversation/types";
import { can, type Role } from "../permissions";
import type { Translator } from "../i18n/translator";
import { englishTranslator } from "./english";
import { formatAgo, type ZoneArg } from "./format-when";
import type { NameOf } from "./member-names";
import type { NoteView } from "./types";

/** Notes in the order the conversation keeps them (oldest first), with what I may do to each. */
export function noteViews(
  notes: readonly Note[],
  me: { email: string; role: Role },
  nameOf: NameOf,
  nowMs: number,
  timeZone: ZoneArg,
  t: Translator = englishTranslator(),
): NoteView[] {
  const meEmail = me.email.toLowerCase();
  return notes.map((note) => {
    const mine = note.author.toLowerCase() === meEmail;
    return {
      id: note.id,
      author: note.author,
      authorName: mine ? t.t("view.you") : nameOf(note.author),
      body: note.body,
      mentions: [...note.mentions],
      mentionNames: note.mentions.map(nameOf),
      createdAt: note.createdAt,
      editedAt: note.editedAt,
      when: formatAgo(note.createdAt, nowMs, timeZone, t),
      editable: mine && can(me.role, "edit_own_note"),
      deletable: (mine && can(me.role, "delete_own_note")) || can(me.role, "delete_any_note"),
    };
  });
}
