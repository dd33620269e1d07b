import type { Priority } from "../conversation/types";
import { normalizeTag } from "../conversation/tags";
import { availability, type AvailabilityContext, type OpenLoad, type RoutingMember } from "./availability";
import type { Skipped, Strategy } from "./types";

/**
 * How much an open conversation of each priority weighs in load balancing: an urgent one takes the
 * attention of four normal ones, a high one of two; low costs as much as normal (it still has to be
 * read and answered).
 */
export const LOAD_WEIGHTS: Readonly<Record<Priority, number>> = { urgent: 4, high: 2, normal: 1, low: 1 };

/** A member the strategy may pick, with what they own now. */
export interface Candidate {
  member: RoutingMember;
  load: OpenLoad;
}

/** What the strategy needs of the conversation. */
export interface ConversationToRoute {
  priority: Priority;
  tags: readonly string[];
}

/**
 * A mailbox's (or a group's) round-robin position: the member who was picked last, so the next
 * turn is whoever follows them in the agents' order. An address rather than an index, so adding or
 * removing an agent does not shift everyone's turn. Null: start at the first agent.
 */
export interface PickState {
  roundRobinCursor: string | null;
}

export interface PickResult {
  /** Who gets it; null: nobody is available (it waits) or the strategy is manual. */
  assignee: string | null;
  /**
   * Who was passed over, and why: for round-robin and skills the members whose turn came before the
   * assignee's; for load balancing every candidate not eligible; when nobody gets it, everyone.
   */
  skipped: Skipped[];
  nextState: PickState;
}

/**
 * Picks who gets a conversation. `candidates` are the mailbox's agents (or an `assign` group) in
 * their configured order; only available ones (availability.ts) can be picked, so no cap is ever
 * exceeded and nobody away or off shift is chosen.
 *
 * - manual: never assigns.
 * - round_robin: the next available candidate after the cursor, wrapping round.
 * - load_balanced: the available candidate with the least load weighted by LOAD_WEIGHTS; ties go to
 *   whoever comes first after the cursor (so equal loads take turns).
 * - skills: the skill tags are the conversation's tags that some candidate lists as a skill; an
 *   available candidate covering ALL of them is preferred, and when nobody available covers all, those
 *   covering the most; among them, round-robin. No skill tags: round-robin over everyone available.
 *   (ALL rather than ANY: a "billing"+"german" mail should go to someone who can do both when
 *   someone can; the fallback keeps it from waiting when nobody can.)
 */
export function pick(
  strategy: Strategy,
  candidates: readonly Candidate[],
  conversation: ConversationToRoute,
  state: PickState,
  context: AvailabilityContext & { nowMs: number },
): PickResult {
  if (strategy === "manual") return { assignee: null, skipped: [], nextState: state };
  const order = turnOrder(candidates, state.roundRobinCursor);
  const reasons = order.map((c) =>
    availability(c.member, context.nowMs, context, c.load, conversation.priority),
  );
  const eligible = skillFilter(strategy, order, reasons, conversation.tags);
  const chosen = strategy === "load_balanced" ? leastLoaded(order, eligible) : eligible.findIndex(Boolean);
  const skippedAt = (i: number): Skipped[] => {
    const r = reasons[i] as string;
    const email = (order[i] as Candidate).member.email;
    if (r !== "available") return [{ member: email, reason: r as Skipped["reason"] }];
    return eligible[i] === true ? [] : [{ member: email, reason: "no_skill" }];
  };
  if (chosen < 0) {
    return { assignee: null, skipped: order.flatMap((_, i) => skippedAt(i)), nextState: state };
  }
  const assignee = (order[chosen] as Candidate).member.email;
  const passedOver = strategy === "load_balanced" ? order.length : chosen;
  const skipped = order.slice(0, passedOver).flatMap((_, i) => (i === chosen ? [] : skippedAt(i)));
  return { assignee, skipped, nextState: { roundRobinCursor: assignee } };
}

/** The candidates starting with the one after `cursor` (everyone from the first when unknown). */
function turnOrder(candidates: readonly Candidate[], cursor: string | null): Candidate[] {
  const at = cursor === null ? -1 : candidates.findIndex((c) => c.member.email === cursor);
  const start = at + 1;
  return [...candidates.slice(start), ...candidates.slice(0, start)];
}

/** Per candidate in `order`: may the strategy pick them (available, and skilled for `skills`)? */
function skillFilter(
  strategy: Strategy,
  order: readonly Candidate[],
  reasons: readonly string[],
  tags: readonly string[],
): boolean[] {
  const available = reasons.map((r) => r === "available");
  if (strategy !== "skills") return available;
  const skillsOf = order.map((c) => new Set(c.member.availability.skills.map(normalizeTag)));
  const wanted = [...new Set(tags.map(normalizeTag))].filter((t) => skillsOf.some((s) => s.has(t)));
  if (wanted.length === 0) return available;
  const coverage = skillsOf.map((s, i) => (available[i] ? wanted.filter((t) => s.has(t)).length : -1));
  const best = Math.max(...coverage);
  return coverage.map((n) => n > 0 && n === best);
}

/** Weighted load (LOAD_WEIGHTS) of an open load. */
export function weightedLoad(load: OpenLoad): number {
  return (Object.keys(LOAD_WEIGHTS) as Priority[]).reduce(
    (sum, p) => sum + (load[p] ?? 0) * LOAD_WEIGHTS[p],
    0,
  );
}

/** The first eligible candidate in turn order with the least weighted load, or -1. */
function leastLoaded(order: readonly Candidate[], eligible: readonly boolean[]): number {
  let best = -1;
  let bestLoad = Infinity;
  for (const [i, c] of order.entries()) {
    if (!eligible[i]) continue;
    const w = weightedLoad(c.load);
    if (w < bestLoad) {
      best = i;
      bestLoad = w;
    }
  }
  return best;
}
