/**
 * One definition per figure, as code: which dated facts of a conversation a count figure counts.
 * The rollups count these facts on the local day they are dated (rollup-deltas.ts), so the cards,
 * the per-day series and the per-agent rows read them through the rollups; the CSV export reads the
 * same facts restricted to the range (`factsWithin`), so a column summed over the export's rows is
 * the card's figure for the same range. Before this the export listed every conversation active in
 * the range with all its outcomes, whenever they happened: a conversation replied to today whose
 * first response breached last month was a breach in the CSV and not on the card (30 against 6).
 */
import type { ClockKind } from "../conversation/types";
import type { ClockOutcome, ConversationFacts, Occurrence } from "./facts";
import { localSlotOf } from "./local-time";
import type { CountName } from "./rollup";

/** Local days "YYYY-MM-DD" in the mailbox's zone, both ends included (as GET /metrics reads them). */
export interface DayRange {
  from: string;
  to: string;
}

const outcomes =
  (clock: ClockKind, outcome: ClockOutcome["outcome"]) =>
  (f: ConversationFacts): Occurrence[] =>
    f.clockOutcomes.filter((o) => o.clock === clock && o.outcome === outcome);

/**
 * The facts each count figure counts, each dated by its own instant (docs/metrics.md's table).
 * `received` is the first customer message; `firstReplies` the reply that stopped the first-response
 * clock; a breach is dated by its breach instant, a met clock by its stop.
 */
export const FIGURE_FACTS: Record<CountName, (facts: ConversationFacts) => readonly Occurrence[]> = {
  // The first customer message, found by its instant so a list restricted to a range keeps it only
  // when the conversation began in the range.
  received: (f) => f.inbound.filter((o) => o.at === f.firstInboundAt).slice(0, 1),
  reopened: (f) => f.reopens,
  resolved: (f) => f.resolutions,
  inbound: (f) => f.inbound,
  replies: (f) => f.replies,
  firstReplies: (f) => (f.firstReply === null ? [] : [f.firstReply]),
  routed: (f) => f.routed ?? [],
  claimed: (f) => f.claims ?? [],
  met_first_response: outcomes("first_response", "met"),
  breached_first_response: outcomes("first_response", "breached"),
  met_next_response: outcomes("next_response", "met"),
  breached_next_response: outcomes("next_response", "breached"),
  met_resolution: outcomes("resolution", "met"),
  breached_resolution: outcomes("resolution", "breached"),
  // Survey answers are not in the log (csat/answer.ts counts them): no conversation facts list them.
  csatResponses: () => [],
  csatRatingSum: () => [],
};

/**
 * The facts of a conversation as the range sees them: every dated list keeps only what happened on
 * a local day of the range (the mailbox's zone), as the rollups of those days count it. What
 * describes the conversation itself (first activity, status, priority, assignee) is kept. Stored
 * facts that count older entries instead of listing them (`earlier`, past MAX_FACT_ENTRIES) lose
 * that count here: those are the conversation's oldest entries, before the listed ones.
 */
export function factsWithin(facts: ConversationFacts, timeZone: string, range: DayRange): ConversationFacts {
  const inside = (at: number): boolean => {
    const day = localSlotOf(timeZone, at).day;
    return day >= range.from && day <= range.to;
  };
  const keep = <T extends { at: number }>(list: readonly T[]): T[] => list.filter((o) => inside(o.at));
  const { earlier: _earlier, firstOwner: _firstOwner, ...rest } = facts;
  return {
    ...rest,
    inbound: keep(facts.inbound),
    replies: keep(facts.replies),
    reopens: keep(facts.reopens),
    resolutions: keep(facts.resolutions),
    firstReply: facts.firstReply !== null && inside(facts.firstReply.at) ? facts.firstReply : null,
    resolutionTimes: keep(facts.resolutionTimes),
    clockOutcomes: keep(facts.clockOutcomes),
    ...(facts.routed === undefined ? {} : { routed: keep(facts.routed) }),
    ...(facts.claims === undefined ? {} : { claims: keep(facts.claims) }),
    ...(facts.ruleFires === undefined ? {} : { ruleFires: keep(facts.ruleFires) }),
    ...(facts.firstOwner !== undefined && inside(facts.firstOwner.at)
      ? { firstOwner: facts.firstOwner }
      : {}),
  };
}
