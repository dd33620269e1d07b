/**
 * The per-conversation facts behind every metric: what the rollups count and what the CSV export
 * lists. A pure function of the event log, the mailbox's policy and calendar — no clock: the log is
 * judged as of its own last event, so the same log always gives the same facts and the rollup
 * deltas of successive appends add up exactly to the facts of the whole log.
 */
import type { ClockKind, ConversationEvent, Priority, Status } from "../conversation/types";
import { SYSTEM_ACTOR } from "../conversation/types";
import { isHistory } from "../conversation/message-time";
import { slaHistory } from "../sla/sla-state";
import { effectiveInstant, sortByEffectiveInstant } from "../sla/effective-instant";
import type { ClockState, SlaPolicy } from "../sla/types";
import type { BusinessCalendar } from "../time";
import { UNASSIGNED } from "./rollup";

/** Something that happened at an instant and whom it is credited to (a member or UNASSIGNED). */
export interface Occurrence {
  at: number;
  agent: string;
}

export interface TimedOccurrence extends Occurrence {
  businessMs: number;
  wallMs: number;
}

export interface ClockOutcome extends Occurrence {
  clock: ClockKind;
  cycle: number;
  outcome: "met" | "breached";
  targetMs: number;
  usedMs: number;
}

export interface ConversationFacts {
  /** First customer message, or null for a conversation the team started. */
  firstInboundAt: number | null;
  firstAt: number | null;
  lastAt: number | null;
  status: Status;
  priority: Priority;
  assignee: string | null;
  inbound: Occurrence[];
  replies: Occurrence[];
  reopens: Occurrence[];
  resolutions: Occurrence[];
  /** The first reply to the first customer message; null if none yet or resolved without one. */
  firstReply: TimedOccurrence | null;
  /** One per resolution clock cycle that stopped (reopened conversations have several). */
  resolutionTimes: TimedOccurrence[];
  /** Every clock cycle that met or breached its target; running clocks within target are absent. */
  clockOutcomes: ClockOutcome[];
  /**
   * Routing's part (issue 16), absent from a log without it (and from facts stored before it): who
   * routing assigned it to (`routed`, by the assignee), who claimed it (`claims`, by the claimer), the
   * first owner after the first customer message with the wall time it took (`firstOwner`), and each
   * rule that fired, once per triggering message (`ruleFires`, by the holder then).
   */
  routed?: Occurrence[];
  claims?: Occurrence[];
  firstOwner?: Occurrence & { wallMs: number };
  ruleFires?: RuleFire[];
  /**
   * What a stored copy no longer lists (facts-compact.ts): the oldest entries of each list past its
   * cap, counted here. Absent from facts computed from a log; counts are `earlier + list length`.
   */
  earlier?: EarlierFacts;
}

/** A rule that fired at an instant (all the actions of one firing share it), credited to the holder then. */
export interface RuleFire extends Occurrence {
  rule: string;
}

/** Entries compacted away from the lists of a stored ConversationFacts, per list. */
export interface EarlierFacts {
  inbound: number;
  replies: number;
  reopens: number;
  resolutions: number;
  resolutionTimes: number;
  /** Clock outcomes by `${clock}_${outcome}` ("next_response_met"). */
  outcomes: Record<string, number>;
}

interface Holding {
  from: number;
  holder: string | null;
}

/** Who held the conversation from when: claims and assignments in effective order. */
function holdings(sorted: readonly ConversationEvent[]): Holding[] {
  const out: Holding[] = [{ from: -Infinity, holder: null }];
  for (const event of sorted) {
    if (event.type === "claimed" || event.type === "assigned") {
      out.push({ from: event.at, holder: event.assignee });
    } else if (event.type === "released") {
      out.push({ from: event.at, holder: null });
    }
  }
  return out;
}

function holderAt(list: readonly Holding[], t: number): string {
  let holder: string | null = null;
  for (const holding of list) {
    if (holding.from > t) break;
    holder = holding.holder;
  }
  return holder ?? UNASSIGNED;
}

/** A reply is credited to whoever sent it; a reply a connector logged as "system" to the holder. */
function replier(event: ConversationEvent, list: readonly Holding[], t: number): string {
  return event.actor === SYSTEM_ACTOR ? holderAt(list, t) : event.actor;
}

/** The facts of a conversation with no events: where the full computation and the fold both start. */
export function emptyFacts(): ConversationFacts {
  return {
    firstInboundAt: null,
    firstAt: null,
    lastAt: null,
    status: "open",
    priority: "normal",
    assignee: null,
    inbound: [],
    replies: [],
    reopens: [],
    resolutions: [],
    firstReply: null,
    resolutionTimes: [],
    clockOutcomes: [],
  };
}

export function conversationFacts(
  events: readonly ConversationEvent[],
  policy: SlaPolicy,
  calendar: BusinessCalendar,
): ConversationFacts {
  // History (sent before the mailbox joined Baton) is recorded, not timed: no fact of the metrics.
  const sorted = sortByEffectiveInstant(events.filter((e) => !isHistory(e)));
  const held = holdings(sorted);
  const facts = emptyFacts();
  if (sorted.length === 0) return facts;
  const firstStatus = sorted.find((e) => e.type === "status_changed");
  const firstPriority = sorted.find((e) => e.type === "priority_changed");
  let status: Status = firstStatus?.type === "status_changed" ? firstStatus.from : "open";
  facts.priority = firstPriority?.type === "priority_changed" ? firstPriority.from : "normal";
  const repliesByInstant = new Map<number, ConversationEvent>();
  for (const event of sorted) {
    const t = effectiveInstant(event);
    const agent = holderAt(held, t);
    switch (event.type) {
      case "message_received":
        facts.firstInboundAt ??= t;
        facts.inbound.push({ at: t, agent });
        // A customer writing to a resolved conversation reopens it (the SLA engine reads it so too).
        if (status === "resolved") {
          facts.reopens.push({ at: t, agent });
          status = "open";
        }
        break;
      case "message_sent":
        facts.replies.push({ at: t, agent: replier(event, held, t) });
        if (!repliesByInstant.has(t)) repliesByInstant.set(t, event);
        break;
      case "status_changed":
        if (event.to === "resolved" && status !== "resolved") facts.resolutions.push({ at: t, agent });
        if (event.to !== "resolved" && status === "resolved") facts.reopens.push({ at: t, agent });
        status = event.to;
        break;
      case "priority_changed":
        facts.priority = event.to;
        break;
      default:
        break;
    }
    collectRouting(facts, event, t, agent);
  }
  facts.status = status;
  facts.assignee = held[held.length - 1]?.holder ?? null;
  facts.firstAt = Math.min(...sorted.map(effectiveInstant));
  facts.lastAt = Math.max(...sorted.map((e) => e.at));
  const credit: Credit = {
    holderAt: (t) => holderAt(held, t),
    replyAgentAt: (t) => {
      const reply = repliesByInstant.get(t);
      return reply === undefined ? undefined : replier(reply, held, t);
    },
  };
  for (const clock of slaHistory(sorted, policy, calendar, facts.lastAt)) collectClock(facts, clock, credit);
  return facts;
}

/**
 * Adds routing's facts of one event (in effective order, after the events before it) to `facts`:
 * shared by the whole-log computation and the fold, so both read routing the same way. `holder`:
 * who held the conversation at the event's instant (a rule fire is credited to them).
 */
export function collectRouting(
  facts: ConversationFacts,
  event: ConversationEvent,
  t: number,
  holder: string,
): RuleFire | null {
  if (event.type === "claimed" || event.type === "assigned") {
    if (event.type === "claimed") (facts.claims ??= []).push({ at: t, agent: event.assignee });
    else if (event.routedBy !== undefined) (facts.routed ??= []).push({ at: t, agent: event.assignee });
    if (facts.firstOwner === undefined && facts.firstInboundAt !== null && t >= facts.firstInboundAt) {
      const wallMs = t - facts.firstInboundAt;
      facts.firstOwner = { at: t, agent: event.assignee, wallMs };
    }
  }
  const rule = "routedBy" in event ? event.routedBy?.rule : undefined;
  if (rule !== undefined) {
    const fires = (facts.ruleFires ??= []);
    // One firing writes an event per action, all at one instant: counted once.
    if (!fires.some((f) => f.rule === rule.id && f.at === t)) {
      const fire = { at: t, agent: holder, rule: rule.id };
      fires.push(fire);
      return fire;
    }
  }
  return null;
}

/** Whom an instant is credited to: the holder then, and the sender of the first reply then (if any). */
export interface Credit {
  holderAt(t: number): string;
  replyAgentAt(t: number): string | undefined;
}

/** Adds what one clock cycle contributes (first reply, resolution time, outcome) to `facts`. */
export function collectClock(facts: ConversationFacts, clock: ClockState, credit: Credit): void {
  const stopped = clock.stoppedAt;
  const replyAgent = stopped === null ? undefined : credit.replyAgentAt(stopped);
  if (clock.kind === "first_response" && stopped !== null && replyAgent !== undefined) {
    facts.firstReply = {
      at: stopped,
      agent: replyAgent,
      businessMs: clock.usedMs,
      wallMs: stopped - clock.startedAt,
    };
  }
  if (clock.kind === "resolution" && stopped !== null) {
    facts.resolutionTimes.push({
      at: stopped,
      agent: credit.holderAt(stopped),
      businessMs: clock.usedMs,
      wallMs: stopped - clock.startedAt,
    });
  }
  if (clock.state !== "met" && clock.state !== "breached") return;
  // A breach is dated when it happened (dueAt), a met clock when it stopped.
  const at = clock.state === "breached" ? (clock.dueAt ?? clock.startedAt) : (stopped ?? clock.startedAt);
  const agent =
    clock.state === "met" && replyAgent !== undefined && clock.kind !== "resolution"
      ? replyAgent
      : credit.holderAt(at);
  facts.clockOutcomes.push({
    clock: clock.kind,
    cycle: clock.cycle,
    outcome: clock.state,
    at,
    agent,
    targetMs: clock.targetMs,
    usedMs: clock.usedMs,
  });
}
