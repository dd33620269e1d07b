import type { Priority, Status } from "@baton/shared";

export const STATUS_LABELS: Record<Status, string> = {
  open: "Open",
  pending: "Waiting on customer",
  snoozed: "Snoozed",
  resolved: "Resolved",
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  low: "Low",
  normal: "Normal",
  high: "High",
  urgent: "Urgent",
};
