import { zoneWallAt } from "./zone-clock";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * An instant with its date, for records read later (the explain timeline, who held a conversation,
 * when a warning fired): "Fri 20 Nov 13:20", or "Fri 20 Nov 2025 13:20" with `withYear`. One style
 * for every such line, 24-hour like every other time Baton writes, whatever the reader's locale.
 */
export function formatStamp(t: number, timeZone: string, opts: { withYear?: boolean } = {}): string {
  return `${formatDay(t, timeZone, opts)} ${zoneWallAt(timeZone, t).hhmm}`;
}

/** The date part of formatStamp: "Fri 20 Nov", "Fri 20 Nov 2025". */
export function formatDay(t: number, timeZone: string, opts: { withYear?: boolean } = {}): string {
  const wall = zoneWallAt(timeZone, t);
  const [year, month, day] = wall.date.split("-");
  const yearPart = opts.withYear === true ? ` ${year}` : "";
  return `${wall.weekday} ${Number(day)} ${MONTHS[Number(month) - 1] ?? month}${yearPart}`;
}
