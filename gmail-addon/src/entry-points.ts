/**
 * Every Apps Script entry point by name: a manifest runFunction or a card action's functionName
 * (cards/actions.ts). main.ts makes each a global of the bundle; the workbench calls them by name
 * over the Apps Script stand-in, so a click there runs exactly what a click in Gmail runs.
 */
import {
  homepageCard,
  messageCard,
  openConversation,
  openMention,
  refresh,
  runCommand,
  setAway,
  showNotes,
} from "./app/handlers";
import { chooseTemplate, composeCard, insertTemplate, searchTemplates } from "./app/compose";
import { deleteNote, openNote, saveNote } from "./app/note-edit";
import { renderCard, renderCardUpdate, renderDraftUpdate } from "./gmail/card-service";

type Event = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;
type DraftResponse = GoogleAppsScript.Card_Service.UpdateDraftActionResponse;

export function onHomepage(event: Event): Card {
  return renderCard(homepageCard(event, Date.now()));
}

export function onGmailMessage(event: Event): Card {
  return renderCard(messageCard(event, Date.now()));
}

/** The manifest's composeTrigger: the card beside a draft (reports `replying` on a team thread). */
export function onGmailCompose(event: Event): Card {
  return renderCard(composeCard(event, Date.now()));
}

export function onClaim(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("claim", event, Date.now()));
}

export function onRelease(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("release", event, Date.now()));
}

export function onAssign(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("assign", event, Date.now()));
}

export function onSetStatus(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("status", event, Date.now()));
}

export function onSnooze(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("snooze", event, Date.now()));
}

export function onSetPriority(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("priority", event, Date.now()));
}

export function onTags(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("tags", event, Date.now()));
}

export function onAddNote(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("notes", event, Date.now()));
}

export function onShowNotes(event: Event): ActionResponse {
  return renderCardUpdate(showNotes(event));
}

export function onRefresh(event: Event): ActionResponse {
  return renderCardUpdate(refresh(event, Date.now()));
}

export function onOpenConversation(event: Event): ActionResponse {
  return renderCardUpdate(openConversation(event));
}

export function onSetAway(event: Event): ActionResponse {
  return renderCardUpdate(setAway(event, Date.now()));
}

export function onOpenNote(event: Event): ActionResponse {
  return renderCardUpdate(openNote(event));
}

export function onEditNote(event: Event): ActionResponse {
  return renderCardUpdate(saveNote(event));
}

export function onDeleteNote(event: Event): ActionResponse {
  return renderCardUpdate(deleteNote(event));
}

export function onOpenMention(event: Event): ActionResponse {
  return renderCardUpdate(openMention(event));
}

export function onSearchTemplates(event: Event): ActionResponse {
  return renderCardUpdate(searchTemplates(event, Date.now()));
}

export function onChooseTemplate(event: Event): ActionResponse {
  return renderCardUpdate(chooseTemplate(event, Date.now()));
}

/** Insert: an UpdateDraftActionResponse (the rendered HTML at the cursor), or a card on failure. */
export function onInsertTemplate(event: Event): DraftResponse | ActionResponse {
  return renderDraftUpdate(insertTemplate(event, Date.now()));
}

export function onSnoozeMorning(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("snoozeMorning", event, Date.now()));
}

export function onFollowUp(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("followUp", event, Date.now()));
}

export function onClearFollowUp(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("clearFollowUp", event, Date.now()));
}
