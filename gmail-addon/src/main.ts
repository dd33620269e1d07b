/**
 * Apps Script entry points. Each name is a manifest runFunction or a card action's functionName
 * (cards/actions.ts); esbuild-gas-plugin turns every `global.name = name` below into a top-level
 * function of the bundle, which is how Apps Script finds callbacks by name.
 */
import { homepageCard, messageCard, refresh, runCommand, showNotes } from "./app/handlers";
import { renderCard, renderCardUpdate } from "./gmail/card-service";

type Event = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

function onHomepage(event: Event): Card {
  return renderCard(homepageCard(event, Date.now()));
}

function onGmailMessage(event: Event): Card {
  return renderCard(messageCard(event, Date.now()));
}

function onClaim(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("claim", event, Date.now()));
}

function onRelease(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("release", event, Date.now()));
}

function onAssign(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("assign", event, Date.now()));
}

function onSetStatus(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("status", event, Date.now()));
}

function onSetPriority(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("priority", event, Date.now()));
}

function onTags(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("tags", event, Date.now()));
}

function onAddNote(event: Event): ActionResponse {
  return renderCardUpdate(runCommand("notes", event, Date.now()));
}

function onShowNotes(event: Event): ActionResponse {
  return renderCardUpdate(showNotes(event));
}

function onRefresh(event: Event): ActionResponse {
  return renderCardUpdate(refresh(event, Date.now()));
}

declare const global: Record<string, unknown>;

global.onHomepage = onHomepage;
global.onGmailMessage = onGmailMessage;
global.onClaim = onClaim;
global.onRelease = onRelease;
global.onAssign = onAssign;
global.onSetStatus = onSetStatus;
global.onSetPriority = onSetPriority;
global.onTags = onTags;
global.onAddNote = onAddNote;
global.onShowNotes = onShowNotes;
global.onRefresh = onRefresh;
