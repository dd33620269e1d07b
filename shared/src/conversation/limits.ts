/** Bounds that keep one conversation document far below Firestore's 1 MiB limit. */
export const MAX_RECENT_REQUEST_IDS = 100;
export const MAX_MESSAGE_IDS = 500;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 32;
export const MAX_NOTE_LENGTH = 10_000;
export const MAX_REQUEST_ID_LENGTH = 128;
