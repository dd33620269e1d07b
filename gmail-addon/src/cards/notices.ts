/** Toast texts. Pure: the render instant comes in as `nowMs`. */

/** "2 s ago", "3 min ago", "2 h ago", "3 d ago": the coarsest unit that is at least 1. */
export function formatAgo(sinceMs: number, nowMs: number): string {
  const seconds = Math.max(0, Math.round((nowMs - sinceMs) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}

/** After a lost claim race: who won and how long ago, so nobody replies twice. */
export function lostRaceNotice(ownerName: string, sinceMs: number | null, nowMs: number): string {
  return sinceMs === null
    ? `${ownerName} claimed this first`
    : `${ownerName} claimed this ${formatAgo(sinceMs, nowMs)}`;
}
