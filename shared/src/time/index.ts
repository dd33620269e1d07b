// Exact business time: which instants count, how much of them lies between two instants, and when a
// given amount of it runs out. Semantics are documented on each function and in the README.
export type { BusinessCalendar, Weekday } from "./types";
export { WEEKDAY_NAMES } from "./types";
export type { WallClock } from "./wall-clock";
export {
  MAX_INSTANT_MS,
  addBusinessTime,
  businessIntervalsBetween,
  businessTimeBetween,
  isBusinessInstant,
  nextBusinessInstant,
  nextClosing,
} from "./business-time";
export { formatDuration, formatTicker, parseDuration, type DurationFormat } from "./format-duration";
export { InvalidCalendarError } from "./invalid-calendar-error";
export { validateCalendar } from "./validate-calendar";
export { wallClockAt } from "./wall-clock";
