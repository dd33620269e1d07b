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
} as const;

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
} as const;

/** Which card a Refresh rebuilds. */
export type CardKind = "contextual" | "homepage";
