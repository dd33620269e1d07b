// Public surface of view/: the sidebar view model both add-ins render, and the texts they re-render.
export * from "./types";
export { sidebarView, type SidebarInput } from "./sidebar-view";
export { countdownText, gmailDeadlineText, type CountdownOptions } from "./countdown-text";
export type { CountdownClock } from "./countdown-clock";
export { clockTone } from "./clock-tone";
export { clockView, nextDeadline } from "./clock-view";
export { formatWhen, formatAgo } from "./format-when";
export { CLOCK_LABELS, PRIORITY_LABELS, STATUS_LABELS } from "./labels";
export { PRESENCE_TTL_MS, type PresenceInput } from "./presence-line";
export { nameLookup, type MemberInfo, type NameOf } from "./member-names";
export { agoText, lostRaceText } from "./lost-race";
export { queueDeadlineText } from "./queue-deadline";
export { mentionQuery, splitMentions } from "./mentions";
export { errorSentence } from "./error-sentence";
