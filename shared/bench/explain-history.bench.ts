// What GET /conversations/{key}/sla computes (slaState, slaHistory with describeTimeline, explainSla)
// for one unanswered message whose first clock started long ago: time, answer size and the longest
// timeline, on weekday business hours in Amsterdam (issue 12, "the explain timeline is bounded").
//   npx tsx shared/bench/explain-history.bench.ts
import { DEFAULT_SLA_POLICY, describeTimeline, explainSla, slaHistory, slaState } from "../src";
import type { BusinessCalendar, ConversationEvent } from "../src";

const CAL: BusinessCalendar = {
  timeZone: "Europe/Amsterdam",
  weekly: Object.fromEntries(
    (["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [["09:00", "17:00"]]]),
  ),
  holidays: ["2025-12-25", "2025-12-26", "2026-01-01"],
};
const NOW = Date.parse("2026-11-23T12:00:00Z");

function explainAnswer(firstMessageAt: number): { ms: number; bytes: number; longest: number } {
  const events: ConversationEvent[] = [
    {
      id: "e1",
      at: NOW - 3_600_000,
      actor: "c@customer.test",
      type: "message_received",
      messageId: "m1@customer.test",
      from: "c@customer.test",
      subject: "Where is my order?",
      sentAt: firstMessageAt,
    },
  ];
  // A fresh calendar object per run: compiled calendars are cached per object, as per request.
  const cal: BusinessCalendar = { ...CAL };
  const started = performance.now();
  const history = slaHistory(events, DEFAULT_SLA_POLICY, cal, NOW);
  const body = JSON.stringify({
    sla: slaState(events, DEFAULT_SLA_POLICY, cal, NOW),
    history: history.map((clock) => ({ ...clock, explanation: describeTimeline(clock, cal.timeZone) })),
    explain: explainSla(events, DEFAULT_SLA_POLICY, cal, NOW, cal.timeZone),
  });
  const ms = performance.now() - started;
  return { ms, bytes: body.length, longest: Math.max(...history.map((c) => c.timeline.length)) };
}

for (const first of [
  "2026-11-16T10:00:00Z",
  "2025-11-24T10:00:00Z",
  "1990-03-05T10:00:00Z",
  "1900-01-01T10:00:00Z",
]) {
  const { ms, bytes, longest } = explainAnswer(Date.parse(first));
  console.log(
    `first message ${first.slice(0, 10)}: ${ms.toFixed(0)} ms, ${(bytes / 1024).toFixed(1)} KB, longest timeline ${longest} entries`,
  );
}
