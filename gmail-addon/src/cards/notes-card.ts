/**
 * Notes on Gmail cards, newest first and bounded whatever a conversation holds: the conversation card
 * shows the newest MAIN_CARD_NOTES, each cut to a preview, then one "N more notes" row whose button
 * pushes the "All notes" card. That card shows every note in full, split into parts and pages that
 * each stay under Google's widget and size limits; Newer/Older replace it in place, so the card
 * stack never grows past two.
 */
import type { Translator } from "@baton/shared/i18n";
import { ACTIONS, FIELDS } from "./actions";
import {
  HEADER_TEXT_BYTES,
  LINE_BYTES,
  MAIN_CARD_NOTES,
  NOTE_PART_BYTES,
  NOTE_PREVIEW_BYTES,
  NOTES_PAGE_BYTES,
  NOTES_PAGE_WIDGETS,
} from "./limits";
import type { Card, CardButton, CardSection, CardWidget } from "./model";
import type { SidebarView } from "./sidebar-view";
import { clampText, fitText, splitText, textCost } from "./text-budget";

export const NOTES_CARD_NAME = "baton-notes";

type NoteView = SidebarView["notes"][number];

/** The view keeps notes oldest first (the conversation's order); cards read newest first. */
export function newestFirst(notes: readonly NoteView[]): NoteView[] {
  return [...notes].reverse();
}

function noteLabel(note: NoteView): string {
  return fitText(`${note.authorName} · ${note.when}`, LINE_BYTES);
}

/** The button that opens (push) or pages (replace) the "All notes" card. */
export function notesButton(text: string, key: string, page: number, push: boolean): CardButton {
  const parameters: Record<string, string> = { key, page: String(page) };
  if (push) parameters["push"] = "1";
  return { text, action: { functionName: ACTIONS.showNotes, parameters } };
}

/** The conversation card's notes: the newest few, cut to a preview, and a way to all of them. */
export function notesSection(view: SidebarView, tr: Translator): CardSection {
  const notes = newestFirst(view.notes);
  const shown = notes
    .slice(0, MAIN_CARD_NOTES)
    .map((note) => ({ note, preview: clampText(note.body, NOTE_PREVIEW_BYTES) }));
  const anyCut = shown.some(({ preview }) => preview.cut);
  const widgets: CardWidget[] = shown.map(({ note, preview }) => ({
    kind: "decoratedText",
    topLabel: noteLabel(note),
    text: preview.text,
    ...(preview.cut ? { bottomLabel: tr.t("gmail.noteShortened") } : {}),
    // The view says what this reader may do with this note (decide's rules): only those get a button.
    ...(note.editable || note.deletable
      ? {
          button: {
            text: note.editable ? tr.t("gmail.editNote") : tr.t("gmail.deleteNoteShort"),
            action: { functionName: ACTIONS.openNote, parameters: { key: view.key, id: note.id } },
          },
        }
      : {}),
  }));
  if (widgets.length === 0)
    widgets.push({ kind: "textParagraph", text: tr.t("gmail.noNotes"), tone: "muted" });
  const hidden = notes.length - shown.length;
  if (hidden > 0 || anyCut) {
    widgets.push({
      kind: "decoratedText",
      text: hidden > 0 ? tr.t("gmail.moreNotes", { count: hidden }) : tr.t("gmail.fullTextOfNotes"),
      tone: "muted",
      button: notesButton(tr.t("gmail.allNotes"), view.key, 0, true),
    });
  }
  if (view.buttons.note) {
    widgets.push(
      {
        kind: "textInput",
        name: FIELDS.note,
        label: tr.t("gmail.addANote"),
        hint: tr.t("gmail.noteHint"),
        multiline: true,
      },
      {
        kind: "buttonList",
        buttons: [
          {
            text: tr.t("gmail.addNote"),
            action: { functionName: ACTIONS.addNote, parameters: { key: view.key } },
            filled: true,
          },
        ],
      },
    );
  }
  return { header: tr.t("gmail.notesHeader", { count: notes.length }), widgets };
}

/** Every note, newest first, as widgets of at most NOTE_PART_BYTES of text each. */
function noteWidgets(notes: readonly NoteView[], tr: Translator): CardWidget[] {
  return newestFirst(notes).flatMap((note) => {
    const parts = splitText(note.body, NOTE_PART_BYTES);
    return parts.map((part, index): CardWidget => ({
      kind: "decoratedText",
      topLabel:
        parts.length === 1
          ? noteLabel(note)
          : tr.t("gmail.notePart", { label: noteLabel(note), part: index + 1, parts: parts.length }),
      text: part,
    }));
  });
}

/** What a widget adds to a page: its text and labels, as the card JSON counts them. */
function widgetCost(widget: CardWidget): number {
  if (widget.kind !== "decoratedText") return 0;
  return textCost(widget.text) + textCost(widget.topLabel ?? "");
}

/**
 * The notes in pages, each at most NOTES_PAGE_WIDGETS widgets and NOTES_PAGE_BYTES of text. Pages are
 * recomputed from the notes on every request, so page N is the same for the same notes.
 */
export function notePages(notes: readonly NoteView[], tr: Translator): CardWidget[][] {
  const pages: CardWidget[][] = [];
  let page: CardWidget[] = [];
  let bytes = 0;
  for (const widget of noteWidgets(notes, tr)) {
    const cost = widgetCost(widget);
    if (page.length > 0 && (page.length >= NOTES_PAGE_WIDGETS || bytes + cost > NOTES_PAGE_BYTES)) {
      pages.push(page);
      page = [];
      bytes = 0;
    }
    page.push(widget);
    bytes += cost;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/**
 * One page of the "All notes" card (a page past the end shows the last: notes may have been removed
 * since the button was drawn).
 */
export function buildNotesCard(view: SidebarView, requestedPage: number, tr: Translator): Card {
  return notesPageCard(view, notePages(view.notes, tr), requestedPage, tr);
}

/** The card of one page out of `pages` (notePages of the view's notes). */
export function notesPageCard(
  view: SidebarView,
  pages: readonly CardWidget[][],
  requestedPage: number,
  tr: Translator,
): Card {
  const index = Math.min(Math.max(0, Math.floor(requestedPage) || 0), pages.length - 1);
  const page = pages[index] ?? [];
  const widgets: CardWidget[] =
    page.length > 0 ? page : [{ kind: "textParagraph", text: tr.t("gmail.noNotes"), tone: "muted" }];
  const paging: CardButton[] = [];
  if (index > 0) paging.push(notesButton(tr.t("gmail.newer"), view.key, index - 1, false));
  if (index < pages.length - 1) paging.push(notesButton(tr.t("gmail.older"), view.key, index + 1, false));
  const footer: CardWidget[] = [
    {
      kind: "textParagraph",
      text: tr.t("gmail.notesPage", { page: index + 1, pages: pages.length }),
      tone: "muted",
    },
  ];
  if (paging.length > 0) footer.push({ kind: "buttonList", buttons: paging });
  return {
    name: NOTES_CARD_NAME,
    header: {
      title: tr.t("gmail.notesHeader", { count: view.notes.length }),
      subtitle: fitText(view.subject, HEADER_TEXT_BYTES),
    },
    sections: [{ widgets }, { widgets: footer }],
  };
}
