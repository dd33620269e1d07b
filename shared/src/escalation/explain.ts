import type { ActorId, ClockKind, ConversationEvent } from "../conversation/types";
import type { DisplayNames } from "../routing/explain";
import { describeRoutedEvent, describeTimeline } from "../sla/describe-timeline";
import { effectiveInstant, sortByEffectiveInstant } from "../sla/effective-instant";
import { slaHistory } from "../sla/sla-state";
import type { ClockState, SlaPolicy } from "../sla/types";
import type { BusinessCalendar } from "../time";

/** Who held the conversation for a stretch of a clock (null: nobody). */
export interface Holding {
  assignee: ActorId | null;
  from: number;
  to: number;
}

/** The event that started or stopped a clock, as much as the log tells. */
export interface ClockCause {
  eventId: string;
  type: ConversationEvent["type"];
  actor: ActorId;
  at: number;
  messageId: string | null;
  from: string | null;
  subject: string | null;
}

/** An SLA fact the engine recorded for this cycle. */
export interface RecordedSlaFact {
  eventId: string;
  kind: "warned" | "breached" | "escalated";
  at: number;
  notified: string[];
}

export interface ClockExplanation {
  clock: ClockState;
  startedBy: ClockCause | null;
  stoppedBy: ClockCause | null;
  /** describeTimeline's sentences: ran, paused (why), closed. */
  lines: string[];
  holders: Holding[];
  recorded: RecordedSlaFact[];
  /** What routing decided while this cycle ran (from its start): describeRoutedEvent's lines. */
  routing: string[];
}

export interface SlaExplanation {
  asOf: number;
  timeZone: string;
  clocks: ClockExplanation[];
  /** Every routing decision in the log, oldest first, with or without a clock running. */
  routing: string[];
}

function causeOf(event: ConversationEvent): ClockCause {
  const message = event.type === "message_received" || event.type === "message_sent";
  return {
    eventId: event.id,
    type: event.type,
    actor: event.actor,
    at: effectiveInstant(event),
    messageId: message ? event.messageId : null,
    from: message ? event.from : null,
    subject: message ? event.subject : null,
  };
}

/** Assignee intervals over the whole log, from claims, assignments and releases. */
function holdingsOf(sorted: readonly ConversationEvent[], nowMs: number): Holding[] {
  const out: Holding[] = [];
  let current: Holding = { assignee: null, from: -Infinity, to: nowMs };
  for (const event of sorted) {
    const next =
      event.type === "claimed" || event.type === "assigned"
        ? event.assignee
        : event.type === "released"
          ? null
          : undefined;
    if (next === undefined || next === current.assignee) continue;
    out.push({ ...current, to: event.at });
    current = { assignee: next, from: event.at, to: nowMs };
  }
  out.push(current);
  return out;
}

function clip(holdings: readonly Holding[], from: number, to: number): Holding[] {
  return holdings
    .map((h) => ({ assignee: h.assignee, from: Math.max(h.from, from), to: Math.min(h.to, to) }))
    .filter((h) => h.to > h.from || (h.from === from && h.to === to));
}

/** The event that stopped a cycle: a reply or a resolution at its stop instant. */
function stopperOf(clock: ClockState, sorted: readonly ConversationEvent[]): ConversationEvent | undefined {
  if (clock.stoppedAt === null) return undefined;
  const stops = (e: ConversationEvent): boolean =>
    (e.type === "status_changed" && e.to === "resolved") ||
    (e.type === "message_sent" && clock.kind !== "resolution");
  return sorted.find((e) => effectiveInstant(e) === clock.stoppedAt && stops(e));
}

function recordedFor(
  kind: ClockKind,
  cycle: number,
  sorted: readonly ConversationEvent[],
): RecordedSlaFact[] {
  const out: RecordedSlaFact[] = [];
  for (const e of sorted) {
    if (e.type !== "sla_warned" && e.type !== "sla_breached" && e.type !== "sla_escalated") continue;
    if (e.clock !== kind || e.cycle !== cycle) continue;
    const fact = e.type === "sla_warned" ? "warned" : e.type === "sla_breached" ? "breached" : "escalated";
    out.push({ eventId: e.id, kind: fact, at: e.at, notified: e.type === "sla_escalated" ? e.notified : [] });
  }
  return out;
}

/**
 * The explain view of a conversation's SLA at `nowMs`: for every clock cycle, the message (or event)
 * that started it and what stopped it, its timeline in sentences (ran, paused and why, outside
 * business hours), the warnings, breaches and escalations recorded for it, and who held the
 * conversation during it, and what routing decided (by rule or strategy, and why). Pure; `timeZone`
 * is the zone the sentences are written in, `names` the team's display names by address.
 */
export function explainSla(
  events: readonly ConversationEvent[],
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  nowMs: number,
  timeZone: string,
  names?: DisplayNames,
): SlaExplanation {
  const sorted = sortByEffectiveInstant(events).filter((e) => effectiveInstant(e) <= nowMs);
  const holdings = holdingsOf(sorted, nowMs);
  const routed = sorted.flatMap((e) => {
    const line = describeRoutedEvent(e, timeZone, names);
    return line === null ? [] : [{ at: e.at, line }];
  });
  const routedWithin = (from: number, to: number) =>
    routed.filter((r) => r.at >= from && r.at <= to).map((r) => r.line);
  const clocks = slaHistory(events, policy, calendar, nowMs).map((clock): ClockExplanation => {
    const starter = sorted.find(
      (e) =>
        e.id === clock.startedBy ||
        ((e.type === "message_received" || e.type === "message_sent") && e.messageId === clock.startedBy),
    );
    const stopper = stopperOf(clock, sorted);
    return {
      clock,
      startedBy: starter === undefined ? null : causeOf(starter),
      stoppedBy: stopper === undefined ? null : causeOf(stopper),
      lines: describeTimeline(clock, timeZone),
      holders: clip(holdings, clock.startedAt, clock.stoppedAt ?? nowMs),
      recorded: recordedFor(clock.kind, clock.cycle, sorted),
      routing: routedWithin(clock.startedAt, clock.stoppedAt ?? nowMs),
    };
  });
  return { asOf: nowMs, timeZone, clocks, routing: routed.map((r) => r.line) };
}
