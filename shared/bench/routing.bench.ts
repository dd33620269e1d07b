/**
 * Routing on the hot path (issue 16): what one new conversation costs inside its transaction.
 * - evaluateRules: 50 rules (the per-mailbox limit), each with a `matches` pattern on the snippet
 *   and a `contains` on the subject, none firing (every rule and pattern is tried), on a 10,000-
 *   character snippet (the most a `snippet` condition reads); the rule set compiled once (cached),
 *   as the backend keeps it, and compiled afresh each time for comparison; and the same rules when
 *   their cheap subject condition fails first (the usual case: no pattern runs).
 * - pick: 500 agents (the mailbox agents limit), each with hours, skills and a load, for every
 *   strategy; a quarter away or at capacity.
 * Run: npx tsx shared/bench/routing.bench.ts
 */
import { evaluateRules, pick, type Candidate, type MessageFacts, type RoutingRule } from "../src/routing";
import type { Strategy } from "../src/routing";

function perCall(calls: number, run: () => void): number {
  run(); // warm the JIT and the caches
  const started = performance.now();
  for (let i = 0; i < calls; i++) run();
  return ((performance.now() - started) * 1000) / calls;
}

const rules: RoutingRule[] = Array.from({ length: 50 }, (_, i) => ({
  id: `r${i}`,
  name: `Rule ${i}`,
  enabled: true,
  runOn: "new_conversation",
  when: [
    { field: "subject", op: "contains", value: "invoice" },
    { field: "snippet", op: "matches", value: `order\\s+#?${i}\\d{4}-[a-z]+` },
  ],
  then: [{ type: "add_tags", tags: [`t${i}`] }],
  stop: false,
}));
const words = "hello there, thanks for the quick answer about the invoice we sent last week ";
const facts: MessageFacts = {
  from: "pay@customer.test",
  to: ["support@acme.test"],
  cc: [],
  subject: "Your invoice 2026-114",
  snippet: words.repeat(Math.ceil(10_000 / words.length)).slice(0, 10_000),
  hasAttachment: true,
  isReply: false,
  previousConversations: 3,
  inBusinessHours: true,
  priority: "normal",
  tags: [],
};

const cached = perCall(200, () => evaluateRules(rules, facts, "new_conversation"));
const otherSubject = { ...facts, subject: "Question about my order" };
const shortCircuit = perCall(200, () => evaluateRules(rules, otherSubject, "new_conversation"));
const fresh = perCall(50, () => evaluateRules(structuredClone(rules), facts, "new_conversation"));

const NOW = Date.UTC(2026, 2, 2, 12, 0);
const calendar = {
  timeZone: "Europe/Amsterdam",
  weekly: { mon: [["08:00", "18:00"]] as Array<[string, string]> },
};
const candidates: Candidate[] = Array.from({ length: 500 }, (_, i) => ({
  member: {
    email: `m${i}@x.test`,
    role: "agent",
    availability: {
      awayUntil: i % 8 === 0 ? NOW + 1 : null,
      skills: [["billing"], ["german"], ["billing", "german"], []][i % 4] ?? [],
      workingHours: calendar,
    },
  },
  load: { normal: i % 7, urgent: i % 3, high: i % 8 === 1 ? 20 : 0 },
}));
const context = {
  calendar,
  capacity: { maxOpen: 20, perPriority: { urgent: 2 } },
  anyHour: false,
  onCall: null,
  nowMs: NOW,
};
const conversation = { priority: "normal" as const, tags: ["billing", "german"] };
const rows = (["round_robin", "load_balanced", "skills"] as Strategy[]).map((strategy) => {
  const us = perCall(200, () =>
    pick(strategy, candidates, conversation, { roundRobinCursor: "m250@x.test" }, context),
  );
  return `pick ${strategy.padEnd(13)} over 500 agents  ${us.toFixed(0).padStart(7)} µs`;
});

console.log(`Node ${process.version}`);
console.log(
  `evaluateRules, 50 regex rules, 10,000-char snippet, compiled once  ${cached.toFixed(0).padStart(7)} µs`,
);
console.log(
  `evaluateRules, same, compiling the rules each time                ${fresh.toFixed(0).padStart(7)} µs`,
);
console.log(
  `evaluateRules, same, subject condition false (no pattern runs)  ${shortCircuit.toFixed(0).padStart(7)} µs`,
);
for (const row of rows) console.log(row);
