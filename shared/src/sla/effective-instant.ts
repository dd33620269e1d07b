import type { ConversationEvent } from "../conversation/types";

/**
 * When an event counts for the clocks. Messages count from when they were sent, because a sidebar
 * may report a message long after it arrived; a `sentAt` later than the report itself can only be a
 * skewed sender clock, so the report time caps it. Everything else counts when it was recorded.
 */
export function effectiveInstant(event: ConversationEvent): number {
  if (event.type === "message_received" || event.type === "message_sent") {
    return Math.min(event.sentAt, event.at);
  }
  return event.at;
}

/** Events in effective order; ties keep their log order (Array.prototype.sort is stable). */
export function sortByEffectiveInstant(events: readonly ConversationEvent[]): ConversationEvent[] {
  return events
    .map((event, index) => ({ event, index, t: effectiveInstant(event) }))
    .sort((a, b) => a.t - b.t || a.index - b.index)
    .map(({ event }) => event);
}
