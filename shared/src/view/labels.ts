import type { ClockKind, Priority, Status } from "../conversation/types";

export const CLOCK_LABELS: Record<ClockKind, string> = {
  first_response: "First reply",
  next_response: "Next reply",
  resolution: "Resolution",
};

/** "pending" is a state of the customer, not of the team: say so. */
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
