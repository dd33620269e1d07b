/**
 * A note's Edit (push its card), Save (PATCH) and Delete (DELETE). The backend decides who may
 * (edit_own_note; delete_own_note or delete_any_note, checked by decide() against the author); the
 * card only offers what the view's flags say, and a refusal is shown on the conversation card.
 */
import { FIELDS } from "../cards/actions";
import type { CardUpdate } from "../cards/model";
import { buildNoteEditCard } from "../cards/note-edit-card";
import { callApi, newRequestId, type ApiResult } from "../gmail/backend";
import { failureText } from "./failure-text";
import { formValue, parameter } from "./form";
import { conversationCard, currentConversation, errorCard, readerOf } from "./handlers";
import type { ConversationResponse } from "@baton/shared";

type Event = GoogleAppsScript.Addons.EventObject;

function noteTarget(event: Event): { key: string; id: string } | null {
  const key = parameter(event, "key");
  const id = parameter(event, "id");
  return key === undefined || id === undefined ? null : { key, id };
}

/** Edit: the note's own card over the conversation card, from a fresh fetch. */
export function openNote(event: Event): CardUpdate {
  const target = noteTarget(event);
  if (target === null) return { card: errorCard(event, { code: "not_found" }, "contextual") };
  const result = currentConversation(target.key);
  if (!result.ok) return { card: errorCard(event, result, "contextual", target.key) };
  const note = result.body.view.notes.find((candidate) => candidate.id === target.id);
  if (note === undefined)
    return {
      card: conversationCard(event, result, target.key),
      notification: readerOf(event).tr.t("gmail.noteGone"),
    };
  return { card: buildNoteEditCard(result.body.view, note, readerOf(event).tr), push: true };
}

/** Back to the conversation card: the changed one, or (refused) as it now is, with why. */
function backTo(
  event: Event,
  key: string,
  result: ApiResult<ConversationResponse>,
  done: string,
): CardUpdate {
  if (result.ok) return { card: conversationCard(event, result, key), notification: done, back: true };
  return {
    card: conversationCard(event, currentConversation(key), key),
    notification: failureText(result, readerOf(event).tr),
    back: true,
  };
}

export function saveNote(event: Event): CardUpdate {
  const target = noteTarget(event);
  if (target === null) return { card: errorCard(event, { code: "not_found" }, "contextual") };
  const body = formValue(event, FIELDS.noteBody);
  if (body === undefined) return openNoteWith(event, readerOf(event).tr.t("gmail.noteEmpty"));
  const result = callApi("editNote", { params: target, body: { body, requestId: newRequestId() } });
  return backTo(event, target.key, result, readerOf(event).tr.t("gmail.noteSaved"));
}

export function deleteNote(event: Event): CardUpdate {
  const target = noteTarget(event);
  if (target === null) return { card: errorCard(event, { code: "not_found" }, "contextual") };
  const result = callApi("deleteNote", { params: target, query: { requestId: newRequestId() } });
  return backTo(event, target.key, result, readerOf(event).tr.t("gmail.noteDeleted"));
}

/** The note card again (replaced in place), with a toast saying what to fix. */
function openNoteWith(event: Event, notification: string): CardUpdate {
  const opened = openNote(event);
  return { card: opened.card, notification };
}
