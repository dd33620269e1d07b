import type { QueueItem } from "../api/queue";
import { formatDuration } from "../time/format-duration";
import { MINUTE_MS } from "../time/units";
import { formatWhen, type ZoneArg } from "./format-when";

const VERBS: Record<NonNullable<QueueItem["nextDeadlineClock"]>, string> = {
  first_response: "Reply",
  next_response: "Reply",
  resolution: "Resolve",
};

/**
 * A queue row's deadline for a surface that cannot tick, worded as the conversation's own clock
 * line (countdownText): "Reply by 14:30 — 42 min left", "Resolve by Tue 09:00 — 19 h left",
 * "Breached 12 min ago", "No deadline running". Times are written as formatWhen writes them: on the
 * mailbox's clock, and on the reader's too when it differs.
 */
export function queueDeadlineText(
  item: Pick<QueueItem, "nextDeadline" | "nextDeadlineClock">,
  nowMs: number,
  timeZone: ZoneArg,
): string {
  if (item.nextDeadline === null) return "No deadline running";
  const left = item.nextDeadline - nowMs;
  if (left < 0) return -left < MINUTE_MS ? "Breached just now" : `Breached ${formatDuration(-left)} ago`;
  const verb = VERBS[item.nextDeadlineClock ?? "resolution"];
  return `${verb} by ${formatWhen(item.nextDeadline, nowMs, timeZone)} — ${formatDuration(left)} left`;
}
