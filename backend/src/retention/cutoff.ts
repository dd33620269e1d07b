const DAY_MS = 86_400_000;

/**
 * The instant before which a resolved conversation's last update makes it expire, or null when the
 * org keeps conversations until deleted. Anything not a positive whole number of days counts as
 * "keep": a malformed setting must never delete data.
 */
export function retentionCutoff(retentionDays: unknown, nowMs: number): number | null {
  if (typeof retentionDays !== "number" || !Number.isInteger(retentionDays) || retentionDays <= 0)
    return null;
  return nowMs - retentionDays * DAY_MS;
}
