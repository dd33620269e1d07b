import type { QueueItem } from "../api/queue";
import { formatDuration } from "../time";
import { MINUTE_MS } from "../time/units";

const VERBS: Record<NonNullable<QueueItem["nextDeadlineClock"]>, string> = {
  first_response: "Reply",
  next_response: "Reply",
  resolution: "Resolve",
};

/**
 * The due time as formatWhen writes it within a week ("14:30" today, else "Tue 09:00"), through Intl
 * rather than the calendar engine: a Gmail card renders queues, and the engine's zone rules (luxon,
 * ~70 KB) would more than quadruple its one-file bundle for this.
 */
function dueAt(t: number, nowMs: number, timeZone: string): string {
  const day = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(ms);
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  if (day(t) === day(nowMs)) return time.format(t);
  return `${new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short" }).format(t)} ${time.format(t)}`;
}

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
  return `${verb} by ${dueAt(item.nextDeadline, nowMs, timeZone)} — ${formatDuration(left)} left`;
}
