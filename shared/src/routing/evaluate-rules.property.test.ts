import fc from "fast-check";
import { PRIORITIES } from "../conversation/types";
import { evaluateRules, type MessageFacts } from "./evaluate-rules";
import { RULE_RUNS_ON, type RoutingRule, type RuleCondition, type RuleTrigger } from "./types";

const TAGS = ["billing", "vip", "bug"];
const WORDS = ["invoice", "refund", "urgent"];

const conditionArb: fc.Arbitrary<RuleCondition> = fc.oneof(
  fc.record({
    field: fc.constantFrom("from" as const),
    op: fc.constant("domain" as const),
    value: fc.constantFrom("a.test", "b.test"),
  }),
  fc.record({
    field: fc.constantFrom("subject" as const, "snippet" as const),
    op: fc.constantFrom("contains" as const, "matches" as const),
    value: fc.constantFrom(...WORDS, "inv.ice|ref"),
  }),
  fc.record({ field: fc.constant("hasAttachment" as const), value: fc.boolean() }),
  fc.record({
    field: fc.constant("previousConversations" as const),
    op: fc.constantFrom("at_least" as const, "at_most" as const),
    value: fc.nat(5),
  }),
  fc.record({
    field: fc.constant("priority" as const),
    op: fc.constant("is" as const),
    value: fc.constantFrom(...PRIORITIES),
  }),
  fc.record({
    field: fc.constant("tags" as const),
    op: fc.constant("has" as const),
    value: fc.constantFrom(...TAGS),
  }),
);

/** Rules whose first action is a tag no other rule adds, so every firing rule shows in the output. */
const rulesArb = fc
  .array(
    fc.record({
      enabled: fc.boolean(),
      runOn: fc.constantFrom(...RULE_RUNS_ON),
      when: fc.array(conditionArb, { maxLength: 3 }),
      stop: fc.boolean(),
      extra: fc.subarray(TAGS),
      priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: undefined }),
    }),
    { maxLength: 8 },
  )
  .map((specs) =>
    specs.map((s, i): RoutingRule => ({
      id: `r${i}`,
      name: `Rule ${i}`,
      enabled: s.enabled,
      runOn: s.runOn,
      when: s.when,
      stop: s.stop,
      then: [
        { type: "add_tags", tags: [`fired-${i}`, ...s.extra] },
        ...(s.priority === undefined ? [] : [{ type: "set_priority" as const, priority: s.priority }]),
      ],
    })),
  );

const factsArb: fc.Arbitrary<MessageFacts> = fc.record({
  from: fc.constantFrom("x@a.test", "y@b.test", "z@c.test"),
  to: fc.constant(["support@acme.test"]),
  cc: fc.constant([]),
  subject: fc.constantFrom(...WORDS.map((w) => `About the ${w}`), "Hello"),
  snippet: fc.constantFrom("Please refund", "Invoice attached", ""),
  hasAttachment: fc.boolean(),
  isReply: fc.boolean(),
  previousConversations: fc.nat(6),
  inBusinessHours: fc.boolean(),
  priority: fc.constantFrom(...PRIORITIES),
  tags: fc.subarray(TAGS),
});
const triggerArb = fc.constantFrom<RuleTrigger>("new_conversation", "customer_message");

/** The indexes of the rules that fired, read from their marker tags. */
const firedRules = (rules: RoutingRule[], facts: MessageFacts, trigger: RuleTrigger) =>
  evaluateRules(rules, facts, trigger).flatMap(({ action }) =>
    action.type === "add_tags"
      ? action.tags.filter((t) => t.startsWith("fired-")).map((t) => Number(t.slice(6)))
      : [],
  );

describe("evaluateRules, for any rules and message", () => {
  it("is deterministic, compiled or not", () => {
    fc.assert(
      fc.property(rulesArb, factsArb, triggerArb, (rules, facts, trigger) => {
        const first = evaluateRules(rules, facts, trigger);
        expect(evaluateRules(rules, facts, trigger)).toEqual(first);
        expect(evaluateRules(structuredClone(rules), facts, trigger)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("runs nothing after the first firing rule with stop, in rule order", () => {
    fc.assert(
      fc.property(rulesArb, factsArb, triggerArb, (rules, facts, trigger) => {
        const fired = firedRules(rules, facts, trigger);
        expect([...fired].sort((a, b) => a - b)).toEqual(fired);
        const stopAt = fired.find((i) => rules[i]?.stop === true);
        if (stopAt !== undefined) expect(fired[fired.length - 1]).toBe(stopAt);
      }),
      { numRuns: 300 },
    );
  });

  it("never fires a disabled rule, nor a rule for a trigger it does not run on", () => {
    fc.assert(
      fc.property(rulesArb, factsArb, (rules, facts) => {
        for (const i of firedRules(rules, facts, "customer_message")) {
          expect(rules[i]?.runOn).toBe("every_customer_message");
          expect(rules[i]?.enabled).toBe(true);
        }
        for (const i of firedRules(rules, facts, "new_conversation")) expect(rules[i]?.enabled).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
