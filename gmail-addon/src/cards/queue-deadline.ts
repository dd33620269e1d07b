import type { QueueItem } from "@baton/shared";

/**
 * A queue row's deadline the way a card (which cannot tick) shows it: the due time in the reader's
 * zone plus the wall time left at render. "Reply by 14:30 — 42 min left", "Resolve by Tue 09:00 —
 * 19 h left", "Reply overdue since 14:30 (12 min)".
 */
const VERBS: Record<NonNullable<QueueItem["nextDeadlineClock"]>, string> = {
  first_response: "Reply",
  next_response: "Reply",
  resolution: "Resolve",
};

function formatSpan(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 24) return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

function localDay(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(ms);
}

function formatDue(dueAt: number, nowMs: number, timeZone: string): string {
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(dueAt);
  if (localDay(dueAt, timeZone) === localDay(nowMs, timeZone)) return time;
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short" }).format(dueAt);
  return `${day} ${time}`;
}

export function queueDeadlineText(item: QueueItem, nowMs: number, timeZone: string): string {
  if (item.nextDeadline === null) return "No deadline running";
  const verb = VERBS[item.nextDeadlineClock ?? "resolution"];
  const due = formatDue(item.nextDeadline, nowMs, timeZone);
  const left = item.nextDeadline - nowMs;
  if (left < 0) return `${verb} overdue since ${due} (${formatSpan(-left)})`;
  return `${verb} by ${due} — ${formatSpan(left)} left`;
}
