/**
 * One note on its own card, pushed over the conversation card by the note's Edit: its text in a
 * field to change (when the view says it is editable) and Delete (when deletable). Both buttons
 * return to the conversation card (popCard then updateCard), so the stack never grows past two.
 */
import { ACTIONS, FIELDS } from "./actions";
import { HEADER_TEXT_BYTES, LINE_BYTES, NOTE_EDIT_BYTES, NOTE_PREVIEW_BYTES } from "./limits";
import type { Card, CardButton, CardWidget } from "./model";
import type { SidebarView } from "./sidebar-view";
import { clampText, fitText, textCost } from "./text-budget";

export const NOTE_EDIT_CARD_NAME = "baton-note";

type NoteView = SidebarView["notes"][number];

export function buildNoteEditCard(view: SidebarView, note: NoteView): Card {
  const parameters = { key: view.key, id: note.id };
  const widgets: CardWidget[] = [];
  const fits = textCost(note.body) <= NOTE_EDIT_BYTES;
  const editable = note.editable && fits;
  if (editable) {
    widgets.push({
      kind: "textInput",
      name: FIELDS.noteBody,
      label: "Note",
      hint: "Mention with @name@company.com.",
      multiline: true,
      value: note.body,
    });
  } else {
    widgets.push({ kind: "decoratedText", text: clampText(note.body, NOTE_PREVIEW_BYTES).text });
    if (note.editable)
      widgets.push({
        kind: "textParagraph",
        text: "This note is too long to edit on a Gmail card: edit it in the Outlook pane or the dashboard.",
        tone: "muted",
      });
  }
  const buttons: CardButton[] = [];
  if (editable)
    buttons.push({ text: "Save", action: { functionName: ACTIONS.editNote, parameters }, filled: true });
  if (note.deletable)
    buttons.push({ text: "Delete note", action: { functionName: ACTIONS.deleteNote, parameters } });
  if (buttons.length > 0) widgets.push({ kind: "buttonList", buttons });
  return {
    name: NOTE_EDIT_CARD_NAME,
    header: {
      title: fitText(`Note by ${note.authorName}`, HEADER_TEXT_BYTES),
      subtitle: fitText(`${note.when} · ${view.subject}`, LINE_BYTES),
    },
    sections: [{ widgets }],
  };
}
