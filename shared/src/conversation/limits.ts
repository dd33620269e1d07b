import { CONVERSATION_LIMITS, REQUEST_LIMITS } from "../limits";

/**
 * Bounds that keep one conversation document far below Firestore's 1 MiB limit. The document is
 * rewritten on every change and every open sidebar listens to it, so each list on it is capped here
 * and backend/src/store/document-budget.test.ts fills every one of them at once, with the widest
 * characters, and proves the document still fits with room to spare.
 */
export const MAX_RECENT_REQUEST_IDS = CONVERSATION_LIMITS.recentRequestIds.value;
export const MAX_MESSAGE_IDS = CONVERSATION_LIMITS.messageIdsKept.value;
/**
 * Characters of all Message-IDs kept on the document together: an id may be up to 998 characters,
 * so 500 of them could alone pass 1 MiB. Typical ids are under 100 characters, so 500 of those fit;
 * older ids fall off first (the `messages` index still knows them).
 */
export const MAX_MESSAGE_IDS_TOTAL_LENGTH = CONVERSATION_LIMITS.messageIdsTotalLength.value;
export const MAX_TAGS = CONVERSATION_LIMITS.tagsPerConversation.value;
export const MAX_TAG_LENGTH = CONVERSATION_LIMITS.tagLength.value;
export const MAX_NOTE_LENGTH = CONVERSATION_LIMITS.noteLength.value;
/**
 * Notes live only on the conversation document (the log holds no note text), so their number and
 * total size are what the document can hold: 100 notes, 100,000 characters in all (ten notes of the
 * longest kind, or a hundred of 1,000 characters). Past either, adding (or lengthening) a note is
 * refused before anything is written; deleting one makes room.
 */
export const MAX_NOTES_PER_CONVERSATION = CONVERSATION_LIMITS.notesPerConversation.value;
export const MAX_NOTES_TOTAL_LENGTH = CONVERSATION_LIMITS.notesTotalLength.value;
/** Members one note may mention: each mention is an email kept with the note and a notice to send. */
export const MAX_MENTIONS_PER_NOTE = CONVERSATION_LIMITS.mentionsPerNote.value;
/**
 * Ids of deleted notes kept so editing one answers "was deleted" rather than "doesn't exist"; the
 * oldest fall off, and a note deleted longer ago than that reads as not found.
 */
export const MAX_DELETED_NOTE_IDS = CONVERSATION_LIMITS.deletedNoteIds.value;
export const MAX_REQUEST_ID_LENGTH = REQUEST_LIMITS.requestIdLength.value;
