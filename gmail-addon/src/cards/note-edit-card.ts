/**
 * One note on its own card, pushed over the conversation card by the note's Edit: its text in a
 * field to change (when the view says it is editable) and Delete (when deletable). Both buttons
 * return to the conversation card (popCard then updateCard), so the stack never grows past two.
 */
import type { Translator } from "@baton/shared/i18n";
import { ACTIONS, FIELDS } from "./actions";
import { HEADER_TEXT_BYTES, LINE_BYTES, NOTE_EDIT_BYTES, NOTE_PREVIEW_BYTES } from "./limits";
import type { Card, CardButton, CardWidget } from "./model";
import type { SidebarView } from "./sidebar-view";
import { clampText, fitText, textCost } from "./text-budget";

export const NOTE_EDIT_CARD_NAME = "baton-note";

type NoteView = SidebarView["notes"][number];

export function buildNoteEditCard(view: SidebarView, note: NoteView, tr: Translator): Card {
  const parameters = { key: view.key, id: note.id };
  const widgets: CardWidget[] = [];
  const fits = textCost(note.body) <= NOTE_EDIT_BYTES;
  const editable = note.editable && fits;
  if (editable) {
    widgets.push({
      kind: "textInput",
      name: FIELDS.noteBody,
      label: tr.t("gmail.noteLabel"),
      hint: tr.t("gmail.noteEditHint"),
      multiline: true,
      value: note.body,
    });
  } else {
    widgets.push({ kind: "decoratedText", text: clampText(note.body, NOTE_PREVIEW_BYTES).text });
    if (note.editable)
      widgets.push({
        kind: "textParagraph",
        text: tr.t("gmail.noteTooLong"),
        tone: "muted",
      });
  }
  const buttons: CardButton[] = [];
  if (editable)
    buttons.push({
      text: tr.t("gmail.save"),
      action: { functionName: ACTIONS.editNote, parameters },
      filled: true,
    });
  if (note.deletable)
    buttons.push({
      text: tr.t("gmail.deleteNote"),
      action: { functionName: ACTIONS.deleteNote, parameters },
    });
  if (buttons.length > 0) widgets.push({ kind: "buttonList", buttons });
  return {
    name: NOTE_EDIT_CARD_NAME,
    header: {
      title: fitText(tr.t("gmail.noteTitle", { name: note.authorName }), HEADER_TEXT_BYTES),
      subtitle: fitText(`${note.when} · ${view.subject}`, LINE_BYTES),
    },
    sections: [{ widgets }],
  };
}
