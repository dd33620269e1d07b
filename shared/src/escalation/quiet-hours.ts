import { isBusinessInstant, nextBusinessInstant, type BusinessCalendar } from "../time";
import type { NotifyDecision } from "./types";

/**
 * Whether to notify a member at instant t. On call: always (that is what the pager is for). Inside
 * their own working hours: yes. Outside them: an urgent escalation goes to whoever is on call
 * instead; anything else stays quiet until their next working instant (`nextWorkingInstant`), when
 * the notice held for them is delivered (issue 16; before it, a quiet notice was dropped).
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

/**
 * When a notice held for quiet hours goes out: the start of the member's next working interval after
 * t (t itself inside one), in their own zone, across weekends, holidays and DST changes. Null when
 * the hours hold no working time at all (a calendar that cannot be resolved): the caller then sends
 * at once, as a notice that never goes out would be worse than one at night.
 */
export function nextWorkingInstant(workingHours: BusinessCalendar, t: number): number | null {
  try {
    return nextBusinessInstant(workingHours, t);
  } catch {
    return null;
  }
}
