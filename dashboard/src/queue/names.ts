/** A conversation's status and priority in the reader's language (the queue rows and the explain panel). */
import type { Translator } from "@baton/shared/i18n";

const STATUS_KEYS = {
  open: "dashboard.statusOpen",
  pending: "dashboard.statusPending",
  snoozed: "dashboard.statusSnoozed",
  resolved: "dashboard.statusResolved",
} as const;

const PRIORITY_KEYS = {
  urgent: "dashboard.priorityUrgent",
  high: "dashboard.priorityHigh",
  normal: "dashboard.priorityNormal",
  low: "dashboard.priorityLow",
} as const;

/** A conversation's status in the reader's language; one the dashboard does not know reads as sent. */
export function statusName(status: string, t: Translator): string {
  return status in STATUS_KEYS ? t.t(STATUS_KEYS[status as keyof typeof STATUS_KEYS]) : status;
}

export function priorityName(priority: string, t: Translator): string {
  return priority in PRIORITY_KEYS ? t.t(PRIORITY_KEYS[priority as keyof typeof PRIORITY_KEYS]) : priority;
}
