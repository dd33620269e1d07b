/**
 * What `conversationFacts` needs of a whole log, kept small enough to store on the conversation
 * document (as `slaFold` is for the SLA): the facts so far, the clock cycles still open to change
 * (the latest of each kind) with the status history they can reach, and who held the conversation
 * and who replied since the oldest of them began. An append folds into it (`foldFacts`), so the
 * metrics writes of a change read no log. Plain JSON, so Firestore keeps it as is.
 */
import type { ClockKind, ConversationEvent, Status } from "../conversation/types";
import { SYSTEM_ACTOR } from "../conversation/types";
import { isHistory } from "../conversation/message-time";
import { evaluateCycle } from "../sla/clock-state";
import { effectiveInstant, sortByEffectiveInstant } from "../sla/effective-instant";
import { reachableEntries, type Span } from "../sla/reachable";
import { initialCursor, stepClocks, type ClockCursor, type ClockCycle } from "../sla/replay";
import type { SlaPolicy } from "../sla/types";
import type { BusinessCalendar } from "../time";
import {
  collectClock,
  collectRouting,
  emptyFacts,
  type ClockOutcome,
  type Occurrence,
  type ConversationFacts,
  type Credit,
} from "./facts";
import { UNASSIGNED } from "./rollup";

export interface FactsFold {
  /** The policy and calendar the settled cycles were judged by (canonical JSON). */
  rules: string;
  /** The facts so far, with the clocks of settled cycles only (the latest cycles are judged on read). */
  facts: ConversationFacts;
  /** Creation order of each settled outcome (parallel to facts.clockOutcomes), to merge on read. */
  outcomeOrder: number[];
  clocks: ClockCursor;
  latestOrder: Partial<Record<ClockKind, number>>;
  cyclesStarted: number;
  /** The status as the facts read it (a customer's message reopens only a resolved conversation). */
  status: Status;
  statusKnown: boolean;
  priorityKnown: boolean;
  holdings: Array<{ from: number; holder: string | null }>;
  /** The first reply at each instant (since the oldest latest cycle began) and whom it is credited to. */
  replies: Array<{ at: number; agent: string }>;
  /** Effective instant of the latest event folded; null before any. */
  horizon: number | null;
}

/** Stands for -Infinity: before every instant a log can hold, and storable. */
const BEFORE_EVERYTHING = Number.MIN_SAFE_INTEGER;

/** JSON with keys sorted, so rules read back from Firestore compare equal to the ones written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function rulesOf(policy: SlaPolicy, calendar: BusinessCalendar): string {
  return canonical({ policy, calendar: { ...calendar, holidays: calendar.holidays ?? [] } });
}

/** Whether `fold` was folded under these rules (else the caller rebuilds it from the log). */
export function factsFoldFits(fold: FactsFold, policy: SlaPolicy, calendar: BusinessCalendar): boolean {
  return fold.rules === rulesOf(policy, calendar);
}

export function emptyFactsFold(policy: SlaPolicy, calendar: BusinessCalendar): FactsFold {
  return {
    rules: rulesOf(policy, calendar),
    facts: emptyFacts(),
    outcomeOrder: [],
    clocks: {
      latest: {},
      statusHistory: [{ at: BEFORE_EVERYTHING, status: "open" }],
      priority: "normal",
      status: "open",
    },
    latestOrder: {},
    cyclesStarted: 0,
    status: "open",
    statusKnown: false,
    priorityKnown: false,
    holdings: [{ from: BEFORE_EVERYTHING, holder: null }],
    replies: [],
    horizon: null,
  };
}

function holderAt(fold: FactsFold, t: number): string {
  let holder: string | null = null;
  for (const holding of fold.holdings) {
    if (holding.from > t) break;
    holder = holding.holder;
  }
  return holder ?? UNASSIGNED;
}

function creditOf(fold: FactsFold): Credit {
  return {
    holderAt: (t) => holderAt(fold, t),
    replyAgentAt: (t) => fold.replies.find((r) => r.at === t)?.agent,
  };
}

/** Judges a cycle into `facts`, returning the outcomes it added. */
function judge(
  fold: FactsFold,
  facts: ConversationFacts,
  cycle: ClockCycle,
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  nowMs: number,
): ClockOutcome[] {
  const replay = { cycles: [], ...fold.clocks };
  const clock = evaluateCycle(cycle, replay, policy, calendar, nowMs);
  if (clock === null) return [];
  const before = facts.clockOutcomes.length;
  collectClock(facts, clock, creditOf(fold));
  return facts.clockOutcomes.slice(before);
}

/**
 * Work left until the whole append is folded: an event credits whoever held the conversation at its
 * instant, which a later event of the same instant (a command's claim) may still change, and a
 * replaced cycle is judged with every reply and holding of the append at hand.
 */
interface Pending {
  credits: Array<() => void>;
  replaced: Array<{ cycle: ClockCycle; order: number }>;
}

/** One event (in effective order, after everything folded) into `fold`, in place. */
function step(fold: FactsFold, event: ConversationEvent, pending: Pending): void {
  const t = effectiveInstant(event);
  const facts = fold.facts;
  facts.firstAt = Math.min(facts.firstAt ?? t, t);
  facts.lastAt = Math.max(facts.lastAt ?? event.at, event.at);
  fold.horizon = t;
  if (event.type === "claimed" || event.type === "assigned")
    fold.holdings.push({ from: event.at, holder: event.assignee });
  else if (event.type === "released") fold.holdings.push({ from: event.at, holder: null });
  const occurrence = (list: Occurrence[]): void => {
    const o = { at: t, agent: UNASSIGNED };
    list.push(o);
    pending.credits.push(() => (o.agent = holderAt(fold, t)));
  };
  switch (event.type) {
    case "message_received":
      facts.firstInboundAt ??= t;
      occurrence(facts.inbound);
      if (fold.status === "resolved") {
        occurrence(facts.reopens);
        fold.status = "open";
      }
      break;
    case "message_sent": {
      const o = { at: t, agent: event.actor };
      facts.replies.push(o);
      const first = fold.replies.some((r) => r.at === t) ? null : { at: t, agent: event.actor };
      if (first) fold.replies.push(first);
      if (event.actor === SYSTEM_ACTOR)
        pending.credits.push(() => {
          o.agent = holderAt(fold, t);
          if (first) first.agent = o.agent;
        });
      break;
    }
    case "status_changed":
      if (event.to === "resolved" && fold.status !== "resolved") occurrence(facts.resolutions);
      if (event.to !== "resolved" && fold.status === "resolved") occurrence(facts.reopens);
      fold.status = event.to;
      break;
    default:
      break;
  }
  // A rule fire is credited to whoever holds it once the whole append is folded, as inbound is.
  const fire = collectRouting(facts, event, t, UNASSIGNED);
  if (fire !== null) pending.credits.push(() => (fire.agent = holderAt(fold, t)));
  // A cycle replaced by a new one of its kind has stopped for good.
  const replaced = { ...fold.clocks.latest };
  stepClocks(fold.clocks, event, (cycle) => {
    const old = replaced[cycle.kind];
    const order = fold.latestOrder[cycle.kind];
    if (old !== undefined && order !== undefined) pending.replaced.push({ cycle: old, order });
    fold.latestOrder[cycle.kind] = fold.cyclesStarted;
    fold.cyclesStarted += 1;
  });
  facts.priority = fold.clocks.priority;
}

/** Folds `sorted` (after everything folded) into `fold`, in place, and prunes it. */
function stepAll(
  fold: FactsFold,
  sorted: readonly ConversationEvent[],
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  check: (event: ConversationEvent) => boolean,
): FactsFold | null {
  const pending: Pending = { credits: [], replaced: [] };
  for (const event of sorted) {
    if (!check(event)) return null;
    step(fold, event, pending);
  }
  for (const credit of pending.credits) credit();
  for (const { cycle, order } of pending.replaced) {
    const added = judge(fold, fold.facts, cycle, policy, calendar, cycle.stoppedAt ?? 0);
    fold.outcomeOrder.push(...added.map(() => order));
  }
  return prune(fold);
}

/**
 * Drops status changes, holdings and replies no kept or future cycle can reach: a cycle is judged
 * (its timeline, whom its stop or breach is credited to) over its own run only, and a future cycle
 * starts after the horizon (sla/reachable.ts).
 */
function prune(fold: FactsFold): FactsFold {
  const spans: Span[] = Object.values(fold.clocks.latest).map((cycle) => ({
    from: cycle.startedAt,
    to: cycle.stoppedAt,
  }));
  spans.push({ from: fold.horizon ?? BEFORE_EVERYTHING, to: null });
  fold.clocks.statusHistory = reachableEntries(fold.clocks.statusHistory, (c) => c.at, spans);
  fold.holdings = reachableEntries(fold.holdings, (h) => h.from, spans);
  fold.replies = fold.replies.filter((r) =>
    spans.some((span) => r.at >= span.from && r.at <= (span.to ?? Infinity)),
  );
  return fold;
}

/**
 * The fold of a whole log (rebuilds, and documents written before folds existed). History messages
 * are no facts (facts.ts), here as in `foldFacts`.
 */
export function factsFoldOf(
  events: readonly ConversationEvent[],
  policy: SlaPolicy,
  calendar: BusinessCalendar,
): FactsFold {
  const sorted = sortByEffectiveInstant(events.filter((e) => !isHistory(e)));
  const fold = emptyFactsFold(policy, calendar);
  const initial = initialCursor(sorted);
  fold.clocks = { ...initial, statusHistory: [{ at: BEFORE_EVERYTHING, status: initial.status }] };
  fold.status = initial.status;
  fold.facts.priority = initial.priority;
  fold.statusKnown = sorted.some((e) => e.type === "status_changed");
  fold.priorityKnown = sorted.some((e) => e.type === "priority_changed");
  return stepAll(fold, sorted, policy, calendar, () => true) ?? fold;
}

/**
 * Folds newly appended events (one append) into `fold`, so that
 * `factsOfFold(foldFacts(factsFoldOf(log), appended)) == conversationFacts([...log, ...appended])`.
 * Null when that cannot hold without the log: other rules than the fold's, an event at or before
 * the fold's horizon (it would land in the middle of the log), or a first status/priority change
 * whose `from` contradicts what the fold assumed held before. The caller then uses `factsFoldOf`.
 */
export function foldFacts(
  fold: FactsFold,
  events: readonly ConversationEvent[],
  policy: SlaPolicy,
  calendar: BusinessCalendar,
): FactsFold | null {
  if (!factsFoldFits(fold, policy, calendar)) return null;
  if (events.length === 0) return fold;
  const sorted = sortByEffectiveInstant(events.filter((e) => !isHistory(e)));
  const first = sorted[0];
  if (first !== undefined && fold.horizon !== null && effectiveInstant(first) <= fold.horizon) return null;
  const next = structuredClone(fold);
  return stepAll(next, sorted, policy, calendar, (event) => {
    if (event.type === "status_changed" && !next.statusKnown) {
      if (next.horizon === null) {
        next.status = event.from;
        next.clocks.status = event.from;
        next.clocks.statusHistory = [{ at: BEFORE_EVERYTHING, status: event.from }];
      } else if (event.from !== next.status || event.from !== next.clocks.status) return false;
      next.statusKnown = true;
    }
    if (event.type === "priority_changed" && !next.priorityKnown) {
      if (next.horizon === null) next.clocks.priority = event.from;
      else if (event.from !== next.clocks.priority) return false;
      next.priorityKnown = true;
    }
    return true;
  });
}

/** `conversationFacts` of the folded log, from the fold alone. */
export function factsOfFold(
  fold: FactsFold,
  policy: SlaPolicy,
  calendar: BusinessCalendar,
): ConversationFacts {
  const facts = structuredClone(fold.facts);
  if (fold.horizon === null) return facts;
  facts.status = fold.status;
  facts.assignee = fold.holdings[fold.holdings.length - 1]?.holder ?? null;
  const ordered: Array<{ order: number; outcome: ClockOutcome }> = fold.facts.clockOutcomes.map(
    (outcome, i) => ({
      order: fold.outcomeOrder[i] ?? 0,
      outcome,
    }),
  );
  const latest = Object.values(fold.clocks.latest).sort(
    (a, b) => (fold.latestOrder[a.kind] ?? 0) - (fold.latestOrder[b.kind] ?? 0),
  );
  for (const cycle of latest) {
    const order = fold.latestOrder[cycle.kind] ?? 0;
    for (const outcome of judge(fold, facts, cycle, policy, calendar, facts.lastAt ?? 0))
      ordered.push({ order, outcome });
  }
  facts.clockOutcomes = ordered.sort((a, b) => a.order - b.order).map((x) => x.outcome);
  return facts;
}
