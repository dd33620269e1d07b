/**
 * Holidays already past change no deadline: almost always a typo for the coming year ("2020-12-25"
 * meant "2026-12-25"). A warning, not a refusal: a past date is harmless and may be history.
 */
export function pastHolidayWarning(dates: readonly string[], today: string): string | null {
  const past = dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d < today).sort();
  if (past.length === 0) return null;
  const first = past[0] ?? "";
  const year = Number(today.slice(0, 4));
  const sameDay = first.slice(4);
  const suggestion = `${year}${sameDay}` >= today ? `${year}${sameDay}` : `${year + 1}${sameDay}`;
  const which = past.length === 1 ? `${first} is` : `${past.length} dates (${past.join(", ")}) are`;
  return `${which} in the past and will change no deadline. Did you mean ${suggestion}?`;
}

/** Today's date ("YYYY-MM-DD") in a zone: holidays are the mailbox's local dates. */
export function todayIn(timeZone: string, nowMs: number): string {
  try {
    return new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(nowMs);
  } catch {
    return new Date(nowMs).toISOString().slice(0, 10);
  }
}
