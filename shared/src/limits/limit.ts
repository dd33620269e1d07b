/**
 * One limit of Baton: a size, count, rate, range or time bound, with the reason it exists and what a
 * user meets on reaching it. The catalogue (index.ts) holds every one; the code reads its values
 * from there and docs/limits.md is rendered from it, so the number, the page and the behaviour
 * cannot drift apart.
 */

/** The areas, in the order docs/limits.md lists them. */
export const LIMIT_AREAS = [
  "Requests",
  "Conversations and notes",
  "Observing mail",
  "Settings",
  "Routing",
  "Templates",
  "Notifications",
  "Connectors",
  "Metrics and export",
  "Jobs",
  "Gmail cards",
  "Outlook pane",
  "Business time",
  "Internal bounds",
] as const;
export type LimitArea = (typeof LIMIT_AREAS)[number];

export interface Limit {
  /** The bound itself, in `unit`. */
  readonly value: number;
  /** characters, bytes, items, ms, per minute, days, ... */
  readonly unit: string;
  readonly area: LimitArea;
  /** What it bounds. */
  readonly what: string;
  /** Why it exists, in one sentence. */
  readonly why: string;
  /**
   * What a user sees on reaching it: the HTTP status, code and exact sentence; what the UI shows;
   * or "Nothing visible: ..." for internal bounds.
   */
  readonly reached: string;
}
