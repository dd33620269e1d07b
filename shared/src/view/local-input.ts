import { isKnownZone, zoneOffsetAt, zoneWallAt } from "./zone-clock";

const DAY_MS = 86_400_000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The value an `<input type="datetime-local">` shows for instant t on `timeZone`'s wall:
 * "2026-11-24T09:00". A picker fills itself with this and reads back with instantFromLocalInput in
 * the same zone, so what it shows is what it means whatever zone the browser is in.
 */
export function localInputValue(t: number, timeZone: string): string {
  const wall = zoneWallAt(timeZone, t);
  return `${wall.date}T${wall.hhmm}`;
}

/**
 * The instant a typed local date and time ("2026-11-24T09:00", as a datetime-local input gives it)
 * means on `timeZone`'s wall; null when the text is no such value or the zone is unknown. Resolved
 * like the calendar engine (RFC 5545, Temporal's "compatible"): a time that occurs twice (fall back)
 * is the earlier instant; a time skipped by spring-forward is read with the offset before the gap, so
 * 02:30 on the night the clocks jump from 02:00 to 03:00 is 03:30.
 */
export function instantFromLocalInput(text: string, timeZone: string): number | null {
  const match = LOCAL_INPUT.exec(text.trim());
  if (match === null || !isKnownZone(timeZone)) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls 31 February over to March: such a date was never a day on any wall.
  if (new Date(wallMs).getUTCDate() !== day) return null;
  const offsetOf = (t: number) => zoneOffsetAt(timeZone, t);
  const before = offsetOf(wallMs - DAY_MS);
  const after = offsetOf(wallMs + DAY_MS);
  if (before === after) return wallMs - before;
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyValid = offsetOf(early) === before;
  const lateValid = offsetOf(late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (lateValid && !earlyValid) return late;
  return early;
}
