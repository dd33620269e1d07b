import type { BusinessCalendar, Weekday } from "../time";
import { slaStateOfFold, type SlaFold } from "./fold";
import type { SlaPolicy, SlaState } from "./types";

/**
 * What the conversation document keeps so that anyone who reads it (a listener, not only the
 * backend) computes the SLA at any instant without the log: the fold and the rules it was folded
 * under. Firestore holds no array inside an array, so the calendar's `[from, to]` windows are
 * stored as `{from, to}` maps.
 */
/**
 * Status changes a stored fold may keep (~70 bytes each, 14 KB at most). A fold keeps every change
 * since its oldest running cycle began, so toggling pending/open while one clock runs grows it
 * without end; and each change is its own stretch of that clock's timeline, so no smaller summary
 * gives the same clocks. Past the cap the document stores no fold (`fold: null`): the backend folds
 * the log instead (exact, at the cost of reading it on each change) and a listener asks the API, as
 * for a document written before folds existed. The fold is stored again once those cycles end.
 */
export const MAX_STORED_STATUS_CHANGES = 200;

export interface StoredSla {
  /** Null when the fold outgrew MAX_STORED_STATUS_CHANGES: readers then fold the log. */
  fold: SlaFold | null;
  policy: SlaPolicy;
  calendar: {
    timeZone: string;
    weekly: Partial<Record<Weekday, Array<{ from: string; to: string }>>>;
    holidays: string[];
  };
}

export function storeSla(fold: SlaFold, policy: SlaPolicy, calendar: BusinessCalendar): StoredSla {
  const weekly: StoredSla["calendar"]["weekly"] = {};
  for (const [day, windows] of Object.entries(calendar.weekly) as Array<[Weekday, Array<[string, string]>]>)
    weekly[day] = windows.map(([from, to]) => ({ from, to }));
  return {
    fold: fold.statusHistory.length > MAX_STORED_STATUS_CHANGES ? null : fold,
    policy,
    calendar: { timeZone: calendar.timeZone, weekly, holidays: calendar.holidays ?? [] },
  };
}

function isStoredSla(value: unknown): value is StoredSla & { fold: SlaFold } {
  if (typeof value !== "object" || value === null) return false;
  const { fold, policy, calendar } = value as Partial<StoredSla>;
  return (
    typeof fold?.latest === "object" &&
    Array.isArray(fold.statusHistory) &&
    typeof policy?.tiers === "object" &&
    typeof calendar?.timeZone === "string" &&
    typeof calendar.weekly === "object"
  );
}

/**
 * `slaState` at `nowMs` from a stored value as a reader received it; null when it is not one
 * (a document written before folds were stored, or one whose fold outgrew the cap).
 */
export function slaStateOfStored(stored: unknown, nowMs: number): SlaState | null {
  if (!isStoredSla(stored)) return null;
  const weekly: BusinessCalendar["weekly"] = {};
  for (const [day, windows] of Object.entries(stored.calendar.weekly) as Array<
    [Weekday, Array<{ from: string; to: string }>]
  >)
    weekly[day] = windows.map(({ from, to }) => [from, to]);
  const calendar: BusinessCalendar = {
    timeZone: stored.calendar.timeZone,
    weekly,
    holidays: stored.calendar.holidays,
  };
  return slaStateOfFold(stored.fold, stored.policy, calendar, nowMs);
}
