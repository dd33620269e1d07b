/**
 * What a Gmail card may hold. The first group is Google's, as documented (source beside each); the
 * second is Baton's own budget under them, chosen so that the largest conversation the API allows
 * (the most notes of the longest text, every tag, the longest subject, 500 agents) still builds a
 * card with every control on it. Sizes are in bytes of the card JSON, as `text-budget.ts` counts them.
 */

import { GMAIL_CARD_LIMITS } from "@baton/shared/limits";

/* ------------------------------------------------------------------ Google's limits */

/**
 * Widgets in one card, all sections together; "any widgets beyond this limit are ignored", which is
 * how a card with ~90 notes lost its Add note controls.
 * https://docs.cloud.google.com/java/docs/reference/proto-google-common-protos/latest/com.google.apps.card.v1.Card.Builder
 */
export const GOOGLE_MAX_WIDGETS_PER_CARD = GMAIL_CARD_LIMITS.googleWidgetsPerCard.value;

/** Sections in one card. https://developers.google.com/workspace/add-ons/concepts/cards */
export const GOOGLE_MAX_SECTIONS_PER_CARD = GMAIL_CARD_LIMITS.googleSectionsPerCard.value;

/** Widgets in one section. https://developers.google.com/workspace/add-ons/concepts/cards */
export const GOOGLE_MAX_WIDGETS_PER_SECTION = GMAIL_CARD_LIMITS.googleWidgetsPerSection.value;

/**
 * Items of one selection input (a dropdown): "Supports up to 100 items".
 * https://cloud.google.com/java/docs/reference/google-cloud-chat/latest/com.google.apps.card.v1.SelectionInput.Builder
 */
export const GOOGLE_MAX_SELECTION_ITEMS = GMAIL_CARD_LIMITS.googleSelectionItems.value;

/**
 * One card's size. Google states it for the card resource in Chat messages ("A card. Maximum size
 * is 32 KB", https://googleapis.dev/dotnet/Google.Apps.Chat.V1/latest/api/Google.Apps.Chat.V1.CardWithId.html);
 * add-on cards are the same google.apps.card.v1 resource and their pages give no other figure, so
 * Baton holds every add-on card to it. Google documents no per-field text limit for add-on cards
 * (https://developers.google.com/workspace/add-ons/guides/workspace-restrictions): this is the one
 * that bounds text.
 */
export const GOOGLE_MAX_CARD_BYTES = GMAIL_CARD_LIMITS.googleCardBytes.value;

/* ------------------------------------------------------------------ Baton's budget under them */

/** Newest notes shown on the conversation card; the rest are one "N more notes" row away. */
export const MAIN_CARD_NOTES = GMAIL_CARD_LIMITS.mainCardNotes.value;

/** A note on the conversation card is cut past this (about 200 plain characters); the list has it all. */
export const NOTE_PREVIEW_BYTES = GMAIL_CARD_LIMITS.notePreviewBytes.value;

/** Templates listed per search on the compose card (GET /templates?limit=). */
export const COMPOSE_TEMPLATE_ROWS = GMAIL_CARD_LIMITS.composeTemplateRows.value;

/** The compose card's preview of a rendered template is cut past this; Insert puts in all of it. */
export const COMPOSE_PREVIEW_BYTES = GMAIL_CARD_LIMITS.composePreviewBytes.value;

/** A note longer than this (card JSON bytes) is not put in the note card's edit field. */
export const NOTE_EDIT_BYTES = GMAIL_CARD_LIMITS.noteEditBytes.value;

/** The card title (a subject of up to 2,000 characters) and subtitle are cut past this. */
export const HEADER_TEXT_BYTES = GMAIL_CARD_LIMITS.headerTextBytes.value;

/** A label, a name or any other short line (a presence line, the tags) is cut past this. */
export const LINE_BYTES = GMAIL_CARD_LIMITS.lineBytes.value;

/** An error card's sentence (it may quote what Gmail or the network threw) is cut past this. */
export const ERROR_TEXT_BYTES = GMAIL_CARD_LIMITS.errorTextBytes.value;

/**
 * Teammates in the Assign dropdown (Google allows 100 items; 30 names and emails keep the card well
 * under 32 KB). A mailbox may have 500 agents: past 30, the card adds a field to type an email.
 */
export const MAX_ASSIGNEE_ITEMS = GMAIL_CARD_LIMITS.assigneeItems.value;

/** A teammate's name in the Assign dropdown is cut past this (names may be 100 characters). */
export const ASSIGNEE_NAME_BYTES = GMAIL_CARD_LIMITS.assigneeNameBytes.value;

/** SLA rows on the conversation card; more (never expected: a few clock kinds) are counted. */
export const MAX_CLOCK_ROWS = GMAIL_CARD_LIMITS.clockRows.value;

/** Note text on one page of the "All notes" card, leaving room for labels and paging buttons. */
export const NOTES_PAGE_BYTES = GMAIL_CARD_LIMITS.notesPageBytes.value;

/** Note widgets on one page of the "All notes" card. */
export const NOTES_PAGE_WIDGETS = GMAIL_CARD_LIMITS.notesPageWidgets.value;

/** A long note is shown in parts of at most this many bytes (a 10,000-character note in 2-13 parts). */
export const NOTE_PART_BYTES = GMAIL_CARD_LIMITS.notePartBytes.value;

/** Mailboxes on the homepage card; more are counted in one line. */
export const HOME_MAX_MAILBOXES = GMAIL_CARD_LIMITS.homeMailboxes.value;

/** Queue rows on the homepage card, all mailboxes together (each list shows at most 8 of them). */
export const HOME_MAX_ROWS = GMAIL_CARD_LIMITS.homeRows.value;

/** Queue rows per list (Mine / Unassigned) on the homepage card when few mailboxes share the budget. */
export const HOME_MAX_ROWS_PER_LIST = GMAIL_CARD_LIMITS.homeRowsPerList.value;

/** A subject on the homepage card is cut past this. */
export const HOME_SUBJECT_BYTES = GMAIL_CARD_LIMITS.homeSubjectBytes.value;

/**
 * Routing reasons ("Assigned to Ana by round-robin (Ben away)") on the conversation card; more are
 * counted in one line. An owner and a few tags is the usual set; every tag having its own reason
 * (up to 24) would push the controls below it out of the card's widget budget.
 */
export const MAX_REASON_ROWS = 3;
