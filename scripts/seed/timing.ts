// Turns "N business minutes ago" into an instant, so a seeded thread is in the same SLA state whether
// the seed runs on a Tuesday morning or a Saturday night.
import { businessTimeBetween, type BusinessCalendar, type Priority, type SlaPolicy } from "@baton/shared";
import type { BusinessAgo } from "./threads";

const MINUTE_MS = 60_000;
const SEARCH_WINDOW_MS = 120 * 24 * 60 * MINUTE_MS;

/**
 * The latest instant `t <= nowMs` with `businessTimeBetween(t, now) >= minutes`. Business time between
 * t and now only grows as t moves back, so a binary search over a window of 120 days is exact to the
 * millisecond in ~34 steps.
 */
export function businessMinutesAgo(calendar: BusinessCalendar, minutes: number, nowMs: number): number {
  const wanted = Math.round(minutes * MINUTE_MS);
  let early = nowMs - SEARCH_WINDOW_MS; // satisfies the condition (checked below)
  let late = nowMs; // satisfies it only when wanted is 0
  if (wanted === 0) return nowMs;
  if (businessTimeBetween(calendar, early, nowMs) < wanted) {
    throw new Error(`${minutes} business minutes reach back further than 120 days`);
  }
  while (late - early > 1) {
    const middle = Math.floor((early + late) / 2);
    if (businessTimeBetween(calendar, middle, nowMs) >= wanted) early = middle;
    else late = middle;
  }
  return early;
}

/** Minutes for an `Ago`: fixed, or a fraction of the first-response target of the priority. */
export function agoMinutes(ago: BusinessAgo, policy: SlaPolicy, priority: Priority): number {
  if ("minutes" in ago) return ago.minutes;
  const targetMinutes = policy.tiers[priority].firstResponseMinutes;
  if (targetMinutes === undefined) throw new Error(`The ${priority} tier has no first-response target`);
  return ago.ofTarget * targetMinutes;
}
