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
import { setRequestLocale } from "./gmail/backend";
import { hostLocales } from "./app/reader";

type Event = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;
type DraftResponse = GoogleAppsScript.Card_Service.UpdateDraftActionResponse;

/** Every entry point starts here: the API is asked in the reader's Gmail language (Accept-Language). */
function forReader(event: Event): Event {
  setRequestLocale(hostLocales(event)[0]);
  return event;
}

export function onHomepage(event: Event): Card {
  return renderCard(homepageCard(forReader(event), Date.now()));
}

export function onGmailMessage(event: Event): Card {
  return renderCard(messageCard(forReader(event), Date.now()));
}

/** The manifest's composeTrigger: the card beside a draft (reports `replying` on a team thread). */
export function onGmailCompose(event: Event): Card {
  return renderCard(composeCard(forReader(event), Date.now()));
}

export function onClaim(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("claim", forReader(event), Date.now()));
}

export function onRelease(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("release", forReader(event), Date.now()));
}

export function onAssign(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("assign", forReader(event), Date.now()));
}

export function onSetStatus(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("status", forReader(event), Date.now()));
}

export function onSnooze(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("snooze", forReader(event), Date.now()));
}

export function onSetPriority(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("priority", forReader(event), Date.now()));
}

export function onTags(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("tags", forReader(event), Date.now()));
}

export function onAddNote(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("notes", forReader(event), Date.now()));
}

export function onShowNotes(event: Event): ActionResponse {
  return renderCardUpdate(showNotes(forReader(event)));
}

export function onRefresh(event: Event): ActionResponse {
  return renderCardUpdate(refresh(forReader(event), Date.now()));
}

export function onOpenConversation(event: Event): ActionResponse {
  return renderCardUpdate(openConversation(forReader(event)));
}

export function onSetAway(event: Event): ActionResponse {
  return renderCardUpdate(setAway(forReader(event), Date.now()));
}

export function onOpenNote(event: Event): ActionResponse {
  return renderCardUpdate(openNote(forReader(event)));
}

export function onEditNote(event: Event): ActionResponse {
  return renderCardUpdate(saveNote(forReader(event)));
}

export function onDeleteNote(event: Event): ActionResponse {
  return renderCardUpdate(deleteNote(forReader(event)));
}

export function onOpenMention(event: Event): ActionResponse {
  return renderCardUpdate(openMention(forReader(event)));
}

export function onSearchTemplates(event: Event): ActionResponse {
  return renderCardUpdate(searchTemplates(forReader(event), Date.now()));
}

export function onChooseTemplate(event: Event): ActionResponse {
  return renderCardUpdate(chooseTemplate(forReader(event), Date.now()));
}

/** Insert: an UpdateDraftActionResponse (the rendered HTML at the cursor), or a card on failure. */
export function onInsertTemplate(event: Event): DraftResponse | ActionResponse {
  return renderDraftUpdate(insertTemplate(forReader(event), Date.now()));
}

export function onSnoozeMorning(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("snoozeMorning", forReader(event), Date.now()));
}

export function onFollowUp(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("followUp", forReader(event), Date.now()));
}

export function onClearFollowUp(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("clearFollowUp", forReader(event), Date.now()));
}
