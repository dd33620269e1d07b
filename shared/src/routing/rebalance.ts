import type { AvailabilityContext, OpenLoad } from "./availability";
import { pick, type Candidate, type PickState } from "./strategies";
import type { RebalanceTo, RoutedBy, Strategy } from "./types";
import { waitingOrder, type Waiting } from "./waiting-order";
import type { Priority } from "../conversation/types";

/** One of the departed member's open conversations. */
export interface OpenConversation extends Waiting {
  mailbox: string;
  priority: Priority;
  tags: readonly string[];
}

/** A mailbox's routing as a rebalance needs it. */
export interface MailboxRouting {
  strategy: Strategy;
  rebalanceTo: RebalanceTo;
  /** The mailbox's lead (escalation's leads[0], or a member whose role is lead); null: none. */
  lead: string | null;
  /** The mailbox's agents in order, with their current load. */
  candidates: readonly Candidate[];
  context: AvailabilityContext;
  state: PickState;
}

export interface Reassignment {
  key: string;
  /** The new owner; null: released to the queue, where it waits for the sweeper. */
  assignee: string | null;
  routedBy: RoutedBy;
}

/** One notice for a member, naming every conversation they were given (never one per conversation). */
export interface RebalanceNotice {
  member: string;
  keys: string[];
}

export interface RebalancePlan {
  assignments: Reassignment[];
  notices: RebalanceNotice[];
  /** Round-robin positions after the plan, per mailbox (store them with the assignments). */
  nextStates: Map<string, PickState>;
}

/**
 * Offers the open conversations of a member who went away or was removed back to routing, most
 * urgent first (waitingOrder). Per mailbox: to its lead when `rebalanceTo` is "lead" (and there is
 * a lead other than the member); otherwise to its strategy over the other agents, loads updated
 * after each pick so caps hold across the plan. A manual mailbox, or nobody available, releases the
 * conversation to the queue. Each receiving member gets one notice listing their conversations.
 */
export function planRebalance(
  gone: string,
  conversations: readonly OpenConversation[],
  mailboxes: ReadonlyMap<string, MailboxRouting>,
  nowMs: number,
): RebalancePlan {
  const loads = new Map<string, OpenLoad>();
  const states = new Map<string, PickState>();
  const assignments: Reassignment[] = [];
  for (const c of waitingOrder(conversations)) {
    const routing = mailboxes.get(c.mailbox);
    if (routing === undefined) {
      assignments.push({ key: c.key, assignee: null, routedBy: { rebalancedFrom: gone } });
      continue;
    }
    if (routing.rebalanceTo === "lead" && routing.lead !== null && routing.lead !== gone) {
      assignments.push({ key: c.key, assignee: routing.lead, routedBy: { rebalancedFrom: gone } });
      continue;
    }
    const candidates = routing.candidates
      .filter((x) => x.member.email !== gone)
      .map((x) => ({ ...x, load: loads.get(x.member.email) ?? x.load }));
    const state = states.get(c.mailbox) ?? routing.state;
    const result = pick(routing.strategy, candidates, c, state, { ...routing.context, nowMs });
    states.set(c.mailbox, result.nextState);
    const routedBy: RoutedBy = { rebalancedFrom: gone, strategy: routing.strategy, skipped: result.skipped };
    assignments.push({ key: c.key, assignee: result.assignee, routedBy });
    if (result.assignee !== null) {
      const before = candidates.find((x) => x.member.email === result.assignee)?.load ?? {};
      loads.set(result.assignee, { ...before, [c.priority]: (before[c.priority] ?? 0) + 1 });
    }
  }
  return { assignments, notices: noticesOf(assignments), nextStates: states };
}

function noticesOf(assignments: readonly Reassignment[]): RebalanceNotice[] {
  const byMember = new Map<string, string[]>();
  for (const a of assignments) {
    if (a.assignee === null) continue;
    byMember.set(a.assignee, [...(byMember.get(a.assignee) ?? []), a.key]);
  }
  return [...byMember].map(([member, keys]) => ({ member, keys }));
}
