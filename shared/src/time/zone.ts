/**
 * The one door to zone math. Offsets come from luxon (which reads the IANA database through Intl);
 * this file only applies RFC 5545's rule for turning a local wall time into an instant.
 */
import { IANAZone } from "luxon";
import { DAY_MS, MINUTE_MS } from "./units";

/** A luxon zone, or undefined when the name is not a zone this runtime knows. */
export function loadZone(name: string): IANAZone | undefined {
  if (typeof name !== "string" || !IANAZone.isValidZone(name)) return undefined;
  return IANAZone.create(name);
}

/** Offset from UTC in ms at instant t. */
export function offsetAt(zone: IANAZone, t: number): number {
  return zone.offset(t) * MINUTE_MS;
}

/**
 * The instant of local wall time `wallMs` (the local date and time written as if it were UTC),
 * resolved the "compatible" way (RFC 5545, Temporal's default): a wall time that occurs twice takes
 * the earlier instant; a wall time skipped by a gap is read with the offset before the gap, so it
 * lands after the gap by as much as it was into it. Assumes no two transitions within a day of
 * each other, which holds for every zone in the IANA database since 1970 except one-off
 * date-line moves, where it still returns an instant near the right one.
 */
export function resolveWallTime(zone: IANAZone, wallMs: number): number {
  return resolveWallTimeWith((t) => offsetAt(zone, t), wallMs);
}

/** `resolveWallTime` over any source of the zone's offsets (ms at instant t), e.g. a table of them. */
export function resolveWallTimeWith(offsetOf: (t: number) => number, wallMs: number): number {
  const before = offsetOf(wallMs - DAY_MS);
  const after = offsetOf(wallMs + DAY_MS);
  if (before === after) return wallMs - before;
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyValid = offsetOf(early) === before;
  const lateValid = offsetOf(late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  // Neither reading exists: the wall time is in a gap; read it with the offset before the gap.
  return early;
}
