/**
 * Apps Script entry points. Each name is a manifest runFunction or a card action's functionName
 * (cards/actions.ts); esbuild-gas-plugin turns every `global.name = name` below into a top-level
 * function of the bundle, which is how Apps Script finds callbacks by name.
 */
import {
  onAddNote,
  onAssign,
  onChooseTemplate,
  onInsertTemplate,
  onSearchTemplates,
  onDeleteNote,
  onEditNote,
  onFollowUp,
  onClearFollowUp,
  onOpenNote,
  onClaim,
  onGmailCompose,
  onGmailMessage,
  onHomepage,
  onOpenConversation,
  onOpenMention,
  onRefresh,
  onRelease,
  onSetPriority,
  onSetAway,
  onSetStatus,
  onShowNotes,
  onSnooze,
  onSnoozeMorning,
  onTags,
} from "./entry-points";

declare const global: Record<string, unknown>;

global.onHomepage = onHomepage;
global.onGmailMessage = onGmailMessage;
global.onGmailCompose = onGmailCompose;
global.onClaim = onClaim;
global.onRelease = onRelease;
global.onAssign = onAssign;
global.onSetStatus = onSetStatus;
global.onSnooze = onSnooze;
global.onSnoozeMorning = onSnoozeMorning;
global.onFollowUp = onFollowUp;
global.onClearFollowUp = onClearFollowUp;
global.onSetPriority = onSetPriority;
global.onTags = onTags;
global.onAddNote = onAddNote;
global.onShowNotes = onShowNotes;
global.onRefresh = onRefresh;
global.onOpenConversation = onOpenConversation;
global.onOpenMention = onOpenMention;
global.onSetAway = onSetAway;
global.onOpenNote = onOpenNote;
global.onEditNote = onEditNote;
global.onDeleteNote = onDeleteNote;
global.onSearchTemplates = onSearchTemplates;
global.onChooseTemplate = onChooseTemplate;
global.onInsertTemplate = onInsertTemplate;
