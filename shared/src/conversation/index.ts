// Public surface of conversation/, its vocabulary (types.ts) included.
export * from "./types";
export { SYSTEM } from "./commands";
export type { Actor, ConversationCommand, ConversationCommandType, CommandOf } from "./commands";
export { decide } from "./decide";
export type { Decision, DecideOptions } from "./decision";
export { applyEvent, applyEvents } from "./apply-event";
export { project } from "./project";
export {
  MAX_ROUTED_REASONS,
  ROUTED_EVENT_TYPES,
  nextRoutedReasons,
  routedReasonEvent,
  waitingChanged,
} from "./routed";
export type { RoutedReason } from "./routed";
export { emptyConversation } from "./empty-conversation";
export { MAX_FOLLOW_UP_AHEAD_MS, dueAtRefusal, isCustomerReply } from "./followup";
export { nextBusinessMorning, NEXT_MORNING_SEARCH_MS, FALLBACK_MORNING_HOUR } from "./next-business-morning";
export { extractMentions } from "./mentions";
export { normalizeTag, isValidTag, tagLength } from "./tags";
export {
  MAX_RECENT_REQUEST_IDS,
  MAX_MESSAGE_IDS,
  MAX_TAGS,
  MAX_TAG_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_REQUEST_ID_LENGTH,
  MAX_MESSAGE_IDS_TOTAL_LENGTH,
  MAX_NOTES_PER_CONVERSATION,
  MAX_NOTES_TOTAL_LENGTH,
  MAX_MENTIONS_PER_NOTE,
  MAX_DELETED_NOTE_IDS,
} from "./limits";
export { chooseMessageTime, isHistory, MAX_HEADER_LEAD_MS, MAX_CLOCK_SKEW_MS } from "./message-time";
export { automaticReason, headerKeyword, isAutomatic } from "./auto-mail";
export type { AutoMailInput, AutoMailReason } from "./auto-mail";
export type { MessageTime, MessageTimeInput, MessageTimeClamp } from "./message-time";
