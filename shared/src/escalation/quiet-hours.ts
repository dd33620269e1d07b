import { isBusinessInstant, type BusinessCalendar } from "../time";
import type { NotifyDecision } from "./types";

/**
 * Whether to notify a member at instant t. On call: always (that is what the pager is for). Inside
 * their own working hours: yes. Outside them: an urgent escalation goes to whoever is on call
 * instead; anything else stays quiet (the event is in the log and both sidebars show it).
 */
export function shouldNotifyNow(
  workingHours: BusinessCalendar,
  t: number,
  options: { onCall: boolean; urgent: boolean },
): NotifyDecision {
  if (options.onCall) return "notify";
  if (isBusinessInstant(workingHours, t)) return "notify";
  return options.urgent ? "on_call_instead" : "quiet";
}
