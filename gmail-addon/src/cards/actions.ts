/**
 * Every Apps Script function a card can call. main.ts exposes a global of each name, and the bundle
 * test calls each by name, so a button can never point at a function the bundle lacks.
 */
export const ACTIONS = {
  claim: "onClaim",
  release: "onRelease",
  assign: "onAssign",
  setStatus: "onSetStatus",
  setPriority: "onSetPriority",
  tags: "onTags",
  addNote: "onAddNote",
  showNotes: "onShowNotes",
  refresh: "onRefresh",
  snooze: "onSnooze",
  /** A homepage row's Open: pushes that conversation's card over the homepage. */
  openConversation: "onOpenConversation",
  /** Open on a row that mentions me: marks my mentions there read, then pushes its card. */
  openMention: "onOpenMention",
  /** The homepage's Availability: set or clear "away until" (parameter `until`: AWAY_CHOICES). */
  setAway: "onSetAway",
  /** A note's Edit: pushes that note's card (parameters `key`, `id`). */
  openNote: "onOpenNote",
  /** The note card's Save (PATCH) and Delete (DELETE); both return to the conversation card. */
  editNote: "onEditNote",
  deleteNote: "onDeleteNote",
  /** "Remind me if no reply by": the picker's instant, or `when=morning` (next business morning). */
  followUp: "onFollowUp",
  /** Clears the reminder, or the "follow-up due" mark once it fired (parameter `key`). */
  clearFollowUp: "onClearFollowUp",
  /** Snooze until the next business morning (the server resolves it on the mailbox's calendar). */
  snoozeMorning: "onSnoozeMorning",
  /** The compose card: search templates, choose one (render, show what is missing), insert it. */
  searchTemplates: "onSearchTemplates",
  chooseTemplate: "onChooseTemplate",
  insertTemplate: "onInsertTemplate",
} as const;

/** What the homepage's away buttons ask for: the picker's instant, tomorrow 09:00, or back now. */
export const AWAY_CHOICES = ["picked", "morning", "clear"] as const;
export type AwayChoice = (typeof AWAY_CHOICES)[number];

export type ActionName = (typeof ACTIONS)[keyof typeof ACTIONS];

/** Form field names the callbacks read from `commonEventObject.formInputs`. */
export const FIELDS = {
  assignee: "assignee",
  /** Typed when the team is too large for the Assign dropdown; wins over the dropdown's pick. */
  assigneeEmail: "assigneeEmail",
  status: "status",
  priority: "priority",
  tags: "tags",
  note: "note",
  /** The Snooze until picker (a dateTimeInput in the event). */
  snoozeUntil: "snoozeUntil",
  /** The "Remind me if no reply by" picker (a dateTimeInput in the event). */
  followUpBy: "followUpBy",
  /** The homepage's Away until picker (a dateTimeInput in the event). */
  awayUntil: "awayUntil",
  /** The note card's text, prefilled with the note. */
  noteBody: "noteBody",
  /** The compose card's template search (name, shortcut, tag or text; "/refund" for shortcuts). */
  templateQuery: "templateQuery",
} as const;

/** Which card a Refresh rebuilds. */
export type CardKind = "contextual" | "homepage";
