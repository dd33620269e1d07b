import type { ClockView } from "../view";

/** The tones a reader must hear about when a clock reaches them: an SLA warning and a breach. */
const ANNOUNCED = new Set(["warning", "breached"]);

export type Tones = ReadonlyMap<string, string>;

export function tonesOf(clocks: readonly ClockView[]): Tones {
  return new Map(clocks.map((clock) => [clock.kind, clock.tone]));
}

/**
 * What the pane's SLA live region says when a new view arrives: each clock that has just turned
 * warning or breached, with the view's sentence ("Resolution: Breached just now"); null when none did.
 * Compared with the tones the reader last had, so a warning is said once, not on every snapshot or
 * countdown tick; the first view of a thread (`before` null) says nothing, the clocks list says it.
 */
export function slaAnnouncement(before: Tones | null, clocks: readonly ClockView[]): string | null {
  if (before === null) return null;
  const news = clocks.filter((clock) => ANNOUNCED.has(clock.tone) && before.get(clock.kind) !== clock.tone);
  return news.length === 0 ? null : news.map((clock) => `${clock.label}: ${clock.text}`).join(" ");
}
