/**
 * Numbers that agree (issue 19): for a range inside a generated month, the cards (summarized
 * rollups) equal the sum of the per-agent rows, Unassigned included, and the CSV export's columns
 * summed over its rows equal the cards. The range starts and ends mid-month so conversations
 * straddle it: the case where the export used to count a breach the card did not.
 */
import { CLOCK_KINDS } from "../conversation/types";
import { DEFAULT_SLA_POLICY } from "../sla/policy";
import { generateMonth, MONTH_CALENDAR } from "../../test/metrics/generate-month";
import { CSV_COLUMNS, toCsv, type ExportRow } from "./csv";
import { conversationFacts, type ConversationFacts } from "./facts";
import { factsWithin, FIGURE_FACTS } from "./figures";
import { localSlotOf } from "./local-time";
import { COUNT_NAMES, type CountName } from "./rollup";
import { accumulateRollups, rollupsOfFacts, type RollupSet } from "./rollup-deltas";
import { summarizeRollups } from "./summarize";

const ZONE = MONTH_CALENDAR.timeZone;
const RANGE = { from: "2026-10-08", to: "2026-10-21" };
const day = (t: number) => localSlotOf(ZONE, t).day;
const inRange = (t: number) => day(t) >= RANGE.from && day(t) <= RANGE.to;

const conversations = generateMonth(600, 19).map((c) => ({
  ...c,
  facts: conversationFacts(c.events, DEFAULT_SLA_POLICY, MONTH_CALENDAR),
}));
const rollups: RollupSet = new Map();
for (const c of conversations) {
  const ctx = { mailboxId: c.mailboxId, policy: DEFAULT_SLA_POLICY, calendar: MONTH_CALENDAR };
  accumulateRollups(rollups, rollupsOfFacts(c.facts, ctx).values());
}
const docsInRange = [...rollups.values()].filter((d) => d.key.day >= RANGE.from && d.key.day <= RANGE.to);
const summary = summarizeRollups(docsInRange);

/** The export's rows: conversations active in the range (export-csv.ts's test), facts as given. */
function exportRows(shape: (facts: ConversationFacts) => ConversationFacts): ExportRow[] {
  return conversations
    .filter((c) => c.facts.firstAt !== null && c.facts.lastAt !== null)
    .filter((c) => day(c.facts.lastAt ?? 0) >= RANGE.from && day(c.facts.firstAt ?? 0) <= RANGE.to)
    .map((c) => ({ key: c.key, mailboxId: c.mailboxId, subject: "s", facts: shape(c.facts) }));
}

/** Column name → the cells of every row (no cell of these rows needs quoting). */
function columns(csv: string): Map<string, string[]> {
  const lines = csv.trim().split("\r\n").slice(1);
  return new Map(CSV_COLUMNS.map((name, i) => [name, lines.map((line) => line.split(",")[i] ?? "")]));
}
const sum = (cells: readonly string[]) => cells.reduce((n, cell) => n + Number(cell || 0), 0);
const countOf = (cells: readonly string[], value: string) => cells.filter((cell) => cell === value).length;

describe("one definition per figure", () => {
  it("the rollups count exactly FIGURE_FACTS, on the local day each fact is dated", () => {
    for (const name of COUNT_NAMES) {
      const expected = conversations
        .flatMap((c) => FIGURE_FACTS[name](c.facts))
        .filter((o) => inRange(o.at)).length;
      expect([name, summary.totals.counts[name]]).toEqual([name, expected]);
    }
    expect(summary.totals.counts.breached_first_response).toBeGreaterThan(0);
  });

  it("per-agent rows, Unassigned included, add up to the Team row and the cards", () => {
    const rows = summary.agents;
    expect(rows.some((row) => row.agent === "_unassigned")).toBe(true);
    const total = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((n, row) => n + pick(row), 0);
    expect(total((r) => r.handled)).toBe(summary.team.handled);
    expect(summary.team.handled).toBe(summary.totals.counts.resolved);
    expect(total((r) => r.replies)).toBe(summary.totals.counts.replies);
    expect(total((r) => r.firstReplies)).toBe(summary.totals.counts.firstReplies);
    for (const clock of CLOCK_KINDS) {
      expect(total((r) => r.attainment[clock].met)).toBe(summary.totals.attainment[clock].met);
      expect(total((r) => r.attainment[clock].breached)).toBe(summary.totals.attainment[clock].breached);
      expect(summary.team.attainment[clock]).toEqual(summary.totals.attainment[clock]);
    }
  });

  it("the CSV of the range adds up to the cards of the same range", () => {
    const csv = columns(toCsv(exportRows((facts) => factsWithin(facts, ZONE, RANGE))));
    const cell = (name: string) => csv.get(name) ?? [];
    const counts = summary.totals.counts;
    const expected: Array<[string, number, CountName]> = [
      ["customer_messages", sum(cell("customer_messages")), "inbound"],
      ["replies", sum(cell("replies")), "replies"],
      ["reopens", sum(cell("reopens")), "reopened"],
      ["first replies", cell("first_reply_at").filter((c) => c !== "").length, "firstReplies"],
      ["first response met", countOf(cell("first_response_sla"), "met"), "met_first_response"],
      ["first response breached", countOf(cell("first_response_sla"), "breached"), "breached_first_response"],
      ["next_response_met", sum(cell("next_response_met")), "met_next_response"],
      ["next_response_breached", sum(cell("next_response_breached")), "breached_next_response"],
      ["resolution_met", sum(cell("resolution_met")), "met_resolution"],
      ["resolution_breached", sum(cell("resolution_breached")), "breached_resolution"],
    ];
    for (const [label, fromCsv, name] of expected) expect([label, fromCsv]).toEqual([label, counts[name]]);
    const received = cell("first_customer_message").filter((c) => c !== "" && inRange(Date.parse(c)));
    expect(received.length).toBe(counts.received);
  });

  it("the export as it was (every outcome of every active conversation) counted more breaches", () => {
    const csv = columns(toCsv(exportRows((facts) => facts)));
    const breached = countOf(csv.get("first_response_sla") ?? [], "breached");
    expect(breached).toBeGreaterThan(summary.totals.counts.breached_first_response);
  });
});
