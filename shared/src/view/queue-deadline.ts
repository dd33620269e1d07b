import type { QueueItem } from "../api/queue";
import { formatDuration } from "../time";
import { MINUTE_MS } from "../time/units";
import { formatWhen } from "./format-when";

const VERBS: Record<NonNullable<QueueItem["nextDeadlineClock"]>, string> = {
  first_response: "Reply",
  next_response: "Reply",
  resolution: "Resolve",
};

/**
 * A queue row's deadline for a surface that cannot tick, worded as the conversation's own clock
 * line (gmailDeadlineText): "Reply by 14:30 — 42m left", "Resolve by Tue 09:00 — 19h left",
 * "Breached 12m ago", "No deadline running". Times of day are written in `timeZone`.
 */
export function queueDeadlineText(
  item: Pick<QueueItem, "nextDeadline" | "nextDeadlineClock">,
  nowMs: number,
  timeZone: string,
): string {
  if (item.nextDeadline === null) return "No deadline running";
  const left = item.nextDeadline - nowMs;
  if (left < 0) return -left < MINUTE_MS ? "Breached just now" : `Breached ${formatDuration(-left)} ago`;
  const verb = VERBS[item.nextDeadlineClock ?? "resolution"];
  return `${verb} by ${formatWhen(item.nextDeadline, nowMs, timeZone)} — ${formatDuration(left)} left`;
}
