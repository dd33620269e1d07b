import type { NameOf } from "./member-names";

/** "2 s ago", "3 min ago", "2 h ago", "3 d ago": the coarsest unit that is at least 1, rounded. */
export function agoText(sinceMs: number, nowMs: number): string {
  // A timestamp slightly ahead of this clock (skew between devices) reads "0 s ago".
  const seconds = Math.max(0, Math.round((nowMs - sinceMs) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 24 ? `${hours} h ago` : `${Math.round(hours / 24)} d ago`;
}

/**
 * What a lost claim race shows, from the 409 already_claimed details {owner, since}: who won and how
 * long ago ("Ana claimed this 2 s ago."), so nobody replies twice. Never a silent failure.
 */
export function lostRaceText(
  details: Readonly<Record<string, unknown>>,
  nameOf: NameOf,
  nowMs: number,
): string {
  const owner = typeof details["owner"] === "string" ? details["owner"] : null;
  const since = typeof details["since"] === "number" ? details["since"] : null;
  if (owner === null) return "A teammate claimed this a moment ago.";
  const name = nameOf(owner);
  return since === null
    ? `${name} claimed this a moment ago.`
    : `${name} claimed this ${agoText(since, nowMs)}.`;
}
