/**
 * Rollups of one conversation, and the change an append makes to them. The backend adds the change
 * to the stored rollups (FieldValue.increment) in the transaction that appends the events, so the
 * stored rollups always equal the sum over conversations of `rollupsOf(their whole log)`.
 */
import type { ConversationEvent } from "../conversation/types";
import type { SlaPolicy } from "../sla/types";
import type { BusinessCalendar } from "../time";
import { conversationFacts, type ConversationFacts } from "./facts";
import { addToHistogram, bucketOf } from "./histogram";
import { localSlotOf } from "./local-time";
import {
  ALL_AGENTS,
  breachedCount,
  combineRollups,
  emptyRollup,
  isEmptyRollup,
  metCount,
  rollupDocId,
  ruleCount,
  type CountName,
  type RuleCountName,
  type HistogramName,
  type Rollup,
  type RollupKey,
} from "./rollup";

export interface RollupContext {
  mailboxId: string;
  policy: SlaPolicy;
  /** Its zone decides which local day and hour of the week an instant belongs to. */
  calendar: BusinessCalendar;
}

export interface KeyedRollup {
  key: RollupKey;
  rollup: Rollup;
}

export type RollupSet = Map<string, KeyedRollup>;

class Collector {
  readonly out: RollupSet = new Map();
  constructor(private readonly ctx: RollupContext) {}

  /** The agent's rollup and the mailbox-wide one for the local day of `at`. */
  private targets(at: number, agent: string): Rollup[] {
    const day = localSlotOf(this.ctx.calendar.timeZone, at).day;
    return [agent, ALL_AGENTS].map((who) => {
      const key = { day, mailboxId: this.ctx.mailboxId, agent: who };
      const id = rollupDocId(key);
      let entry = this.out.get(id);
      if (entry === undefined) {
        entry = { key, rollup: emptyRollup() };
        this.out.set(id, entry);
      }
      return entry.rollup;
    });
  }

  count(name: CountName | RuleCountName, at: number, agent: string): void {
    for (const rollup of this.targets(at, agent)) rollup.counts[name] = (rollup.counts[name] ?? 0) + 1;
  }

  observe(name: HistogramName, at: number, agent: string, valueMs: number): void {
    for (const rollup of this.targets(at, agent)) {
      const hist = (rollup.hists[name] ??= {});
      addToHistogram(hist, bucketOf(Math.max(0, valueMs)), 1);
    }
  }

  hour(at: number, agent: string): void {
    const hour = String(localSlotOf(this.ctx.calendar.timeZone, at).hourOfWeek);
    for (const rollup of this.targets(at, agent)) {
      rollup.hourOfWeek[hour] = (rollup.hourOfWeek[hour] ?? 0) + 1;
    }
  }
}

/** What one conversation's facts contribute to the rollups, keyed by rollup document id. */
export function rollupsOfFacts(facts: ConversationFacts, ctx: RollupContext): RollupSet {
  const c = new Collector(ctx);
  if (facts.firstInboundAt !== null) {
    const first = facts.inbound[0];
    if (first !== undefined) c.count("received", first.at, first.agent);
  }
  for (const { at, agent } of facts.inbound) {
    c.count("inbound", at, agent);
    c.hour(at, agent);
  }
  for (const { at, agent } of facts.replies) c.count("replies", at, agent);
  for (const { at, agent } of facts.reopens) c.count("reopened", at, agent);
  for (const { at, agent } of facts.resolutions) c.count("resolved", at, agent);
  if (facts.firstReply !== null) {
    const { at, agent, businessMs, wallMs } = facts.firstReply;
    c.count("firstReplies", at, agent);
    c.observe("firstResponseBusiness", at, agent, businessMs);
    c.observe("firstResponseWall", at, agent, wallMs);
  }
  for (const { at, agent, businessMs, wallMs } of facts.resolutionTimes) {
    c.observe("resolutionBusiness", at, agent, businessMs);
    c.observe("resolutionWall", at, agent, wallMs);
  }
  for (const { at, agent } of facts.routed ?? []) c.count("routed", at, agent);
  for (const { at, agent } of facts.claims ?? []) c.count("claimed", at, agent);
  for (const { at, agent, rule } of facts.ruleFires ?? []) c.count(ruleCount(rule), at, agent);
  if (facts.firstOwner !== undefined) {
    const { at, agent, wallMs } = facts.firstOwner;
    c.observe("arrivalToOwnerWall", at, agent, wallMs);
  }
  for (const outcome of facts.clockOutcomes) {
    const name = outcome.outcome === "met" ? metCount(outcome.clock) : breachedCount(outcome.clock);
    c.count(name, outcome.at, outcome.agent);
  }
  return c.out;
}

export function rollupsOf(events: readonly ConversationEvent[], ctx: RollupContext): RollupSet {
  return rollupsOfFacts(conversationFacts(events, ctx.policy, ctx.calendar), ctx);
}

/** after − before per rollup document, without the documents that do not change. */
export function diffRollupSets(before: RollupSet, after: RollupSet): KeyedRollup[] {
  const out: KeyedRollup[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const a = after.get(id);
    const b = before.get(id);
    const key = (a ?? b)?.key;
    if (key === undefined) continue;
    const delta = combineRollups(a?.rollup ?? emptyRollup(), b?.rollup ?? emptyRollup(), -1);
    if (!isEmptyRollup(delta)) out.push({ key, rollup: delta });
  }
  return out.sort((x, y) => (rollupDocId(x.key) < rollupDocId(y.key) ? -1 : 1));
}

/**
 * The increments that appending `newEvents` to a log of `previousEvents` makes to the stored
 * rollups. Decrements happen too: lowering the priority re-judges a running clock, so a breach as of
 * the previous last event can disappear; the stored sums stay those of the whole log.
 */
export function rollupDeltas(
  previousEvents: readonly ConversationEvent[],
  newEvents: readonly ConversationEvent[],
  ctx: RollupContext,
): KeyedRollup[] {
  if (newEvents.length === 0) return [];
  return diffRollupSets(rollupsOf(previousEvents, ctx), rollupsOf([...previousEvents, ...newEvents], ctx));
}

/** Adds keyed rollups into a set in place (the in-memory twin of FieldValue.increment). */
export function accumulateRollups(into: RollupSet, rollups: Iterable<KeyedRollup>): void {
  for (const { key, rollup } of rollups) {
    const id = rollupDocId(key);
    const current = into.get(id);
    const next = combineRollups(current?.rollup ?? emptyRollup(), rollup);
    if (isEmptyRollup(next)) into.delete(id);
    else into.set(id, { key, rollup: next });
  }
}
