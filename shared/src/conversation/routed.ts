import type { RoutedBy, Skipped } from "../routing/types";
import { MAX_TAGS } from "./limits";
import { SYSTEM_ACTOR, type ConversationEvent, type ConversationEventBody } from "./types";

/** The event types routing produces, each of which can carry `routedBy`. */
export const ROUTED_EVENT_TYPES = [
  "assigned",
  "mailbox_moved",
  "priority_changed",
  "status_changed",
  "tag_added",
  "routing_waited",
] as const;
type RoutedType = (typeof ROUTED_EVENT_TYPES)[number];

/**
 * One routing decision still in force, kept on the conversation document so every sidebar can say
 * why (explainRoutedEvent) without reading the log: the event's body and instant, with its cause.
 */
export type RoutedReason = Flat<
  Extract<ConversationEventBody, { type: RoutedType }> & { at: number; routedBy: RoutedBy }
>;
/** One object type per union member (not an intersection), so the API's schema mirrors it exactly. */
type Flat<T> = T extends unknown ? { [K in keyof T]: T[K] } : never;

/**
 * At most one reason per thing routing decides (owner, mailbox, priority, status) and one per tag,
 * so the list is bounded by the tags a conversation may hold plus those four; the newest are kept.
 */
export const MAX_ROUTED_REASONS = MAX_TAGS + 4;

/** What a reason is about: a newer event about the same thing replaces or retires it. */
function slotOf(event: { type: string; tag?: string }): string | null {
  switch (event.type) {
    case "assigned":
    case "claimed":
    case "released":
    case "routing_waited":
      // Waiting is what routing decided about the owner: an assignment replaces it, a claim retires it.
      return "owner";
    case "tag_added":
    case "tag_removed":
      return `tag:${event.tag ?? ""}`;
    case "mailbox_moved":
      return "mailbox";
    case "priority_changed":
      return "priority";
    case "status_changed":
      return "status";
    default:
      return null;
  }
}

/**
 * The reasons after one event: a routed event replaces the reason about the same thing; any other
 * change to that thing (a person claims, reassigns, releases, re-prioritises, removes the tag)
 * retires it, so a sidebar never explains a decision a person has since overruled.
 */
export function nextRoutedReasons(
  reasons: readonly RoutedReason[] | undefined,
  event: ConversationEvent,
): RoutedReason[] | undefined {
  const slot = slotOf(event);
  if (slot === null) return reasons === undefined ? undefined : [...reasons];
  const kept = (reasons ?? []).filter((r) => slotOf(r) !== slot);
  const routed = "routedBy" in event && event.routedBy !== undefined && event.actor === SYSTEM_ACTOR;
  if (!routed) return reasons === undefined ? undefined : kept;
  const { id: _id, actor: _actor, requestId: _requestId, ...body } = event;
  return [...kept, body as RoutedReason].slice(-MAX_ROUTED_REASONS);
}

/**
 * Whether routing's "nobody available" differs from the waiting reason the conversation already
 * shows (the same people passed over for the same reasons, in any order): a sweep that finds the
 * same nobody every minute then appends nothing, so the log grows only when the reason changes.
 */
export function waitingChanged(
  reasons: readonly RoutedReason[] | undefined,
  skipped: readonly Skipped[],
): boolean {
  const shown = (reasons ?? []).find((r) => r.type === "routing_waited");
  if (shown === undefined) return true;
  const key = (list: readonly Skipped[]) =>
    list
      .map((s) => `${s.member.toLowerCase()} ${s.reason}`)
      .sort()
      .join("\n");
  return key(shown.routedBy.skipped ?? []) !== key(skipped);
}

/** A stored reason as the event explainRoutedEvent reads. */
export function routedReasonEvent(reason: RoutedReason): ConversationEvent {
  return { ...reason, id: "", actor: SYSTEM_ACTOR };
}
