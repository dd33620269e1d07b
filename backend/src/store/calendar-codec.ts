import type { BusinessCalendar } from "@baton/shared";

/**
 * Firestore cannot hold an array inside an array, so a calendar's `[from, to]` windows are stored as
 * `{from, to}` maps (docs/data-model.md) and turned back into pairs when read.
 */
export function calendarToStore(calendar: BusinessCalendar): Record<string, unknown> {
  const weekly = Object.fromEntries(
    Object.entries(calendar.weekly).map(([day, windows]) => [
      day,
      windows.map(([from, to]) => ({ from, to })),
    ]),
  );
  return { timeZone: calendar.timeZone, weekly, holidays: calendar.holidays ?? [] };
}

/** The domain shape of a stored calendar; pairs are accepted too. Unknown shapes pass through for validation. */
export function calendarFromStore(stored: unknown): unknown {
  if (typeof stored !== "object" || stored === null) return stored;
  const value = stored as Record<string, unknown>;
  if (typeof value.weekly !== "object" || value.weekly === null) return stored;
  const weekly = Object.fromEntries(
    Object.entries(value.weekly as Record<string, unknown>).map(([day, windows]) => [
      day,
      Array.isArray(windows) ? windows.map(toPair) : windows,
    ]),
  );
  return { ...value, weekly };
}

function toPair(window: unknown): unknown {
  if (typeof window === "object" && window !== null && !Array.isArray(window)) {
    const { from, to } = window as Record<string, unknown>;
    return [from, to];
  }
  return window;
}
