// Public surface of view/: the sidebar view model both add-ins render, and the texts they re-render.
export * from "./types";
export { sidebarView, type SidebarInput } from "./sidebar-view";
export { countdownText, gmailDeadlineText, type CountdownOptions } from "./countdown-text";
export type { CountdownClock } from "./countdown-clock";
export { clockTone } from "./clock-tone";
export { clockView, nextDeadline } from "./clock-view";
export { ownerLine } from "./owner-line";
export { CSAT_LINE_COMMENT_CHARS, csatLine, type CsatAnswer } from "./csat-line";
export { routingReasons } from "./routing-reasons";
export { AWAY_MORNING, awayLine, tomorrowMorning } from "./away-line";
export { followUpLine } from "./followup-line";
export {
  formatAgo,
  formatDeadline,
  formatSince,
  formatWhen,
  toTimeZones,
  zoneLabel,
  type DeadlineFormat,
  type TimeZones,
  type ZoneArg,
} from "./format-when";
export { isKnownZone, zoneOffsetAt, zoneWallAt, type ZoneWall } from "./zone-clock";
export { formatDay, formatStamp } from "./format-stamp";
export { instantFromLocalInput, localInputValue } from "./local-input";
export { countText, formatCount } from "./plural";
export { formatDuration, formatTicker, parseDuration, type DurationFormat } from "../time/format-duration";
export {
  CLOCK_LABELS,
  clockLabel,
  PRIORITY_LABELS,
  priorityLabel,
  STATUS_LABELS,
  statusLabel,
} from "./labels";
export { englishTranslator } from "./english";
export { monthName, weekdayName } from "./intl-names";
export { activePresence, PRESENCE_TTL_MS, type PresenceInput } from "./presence-line";
export { nameLookup, type MemberInfo, type NameOf } from "./member-names";
export { agoText, lostRaceText } from "./lost-race";
export { queueDeadlineText } from "./queue-deadline";
export { mentionQuery, splitMentions } from "./mentions";
export {
  canRetry,
  errorField,
  errorSentence,
  errorText,
  readError,
  type ErrorContext,
  type ErrorReading,
  type Failure,
} from "./error-sentence";
