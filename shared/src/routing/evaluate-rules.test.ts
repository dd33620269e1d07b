import { ROUTING_LIMITS } from "../limits/routing";
import { evaluateRules, type MessageFacts } from "./evaluate-rules";
import type { RoutingRule, RuleAction, RuleCondition } from "./types";

const facts = (extra: Partial<MessageFacts> = {}): MessageFacts => ({
  from: "pay@customer.test",
  to: ["support@acme.test"],
  cc: [],
  subject: "Invoice 2026-114 overdue",
  snippet: "Hello, please find the invoice attached.",
  hasAttachment: true,
  isReply: false,
  previousConversations: 3,
  inBusinessHours: true,
  priority: "normal",
  tags: [],
  ...extra,
});

const rule = (
  id: string,
  when: RuleCondition[],
  then: RuleAction[],
  extra: Partial<RoutingRule> = {},
): RoutingRule => ({
  id,
  name: id,
  enabled: true,
  runOn: "new_conversation",
  when,
  then,
  stop: false,
  ...extra,
});
const tagIt = (tag: string): RuleAction => ({ type: "add_tags", tags: [tag] });
const fired = (rules: RoutingRule[], f: MessageFacts = facts(), trigger = "new_conversation" as const) =>
  evaluateRules(rules, f, trigger).map((a) => [a.cause.ruleId, a.action]);

describe("evaluateRules: conditions", () => {
  it.each<[string, RuleCondition, boolean]>([
    ["from is (any case)", { field: "from", op: "is", value: "pay@customer.test" }, true],
    ["from is another", { field: "from", op: "is", value: "x@customer.test" }, false],
    ["from domain", { field: "from", op: "domain", value: "customer.test" }, true],
    ["from parent domain", { field: "from", op: "domain", value: "test" }, true],
    ["from domain is no suffix match", { field: "from", op: "domain", value: "omer.test" }, false],
    ["to: any recipient", { field: "to", op: "is", value: "support@acme.test" }, true],
    ["cc: none", { field: "cc", op: "domain", value: "acme.test" }, false],
    ["subject contains, case-insensitive", { field: "subject", op: "contains", value: "INVOICE" }, true],
    [
      "subject matches, case-insensitive",
      { field: "subject", op: "matches", value: "invoice \\d{4}-\\d+" },
      true,
    ],
    ["subject matches nothing", { field: "subject", op: "matches", value: "^refund" }, false],
    ["snippet contains", { field: "snippet", op: "contains", value: "attached" }, true],
    ["has attachment", { field: "hasAttachment", value: true }, true],
    ["is a reply", { field: "isReply", value: true }, false],
    ["at least 3 before", { field: "previousConversations", op: "at_least", value: 3 }, true],
    ["at most 2 before", { field: "previousConversations", op: "at_most", value: 2 }, false],
    ["in business hours", { field: "businessHours", value: false }, false],
    ["priority is", { field: "priority", op: "is", value: "normal" }, true],
    ["tags has", { field: "tags", op: "has", value: "vip" }, false],
  ])("%s", (_, condition, holds) => {
    expect(fired([rule("r", [condition], [tagIt("hit")])])).toHaveLength(holds ? 1 : 0);
  });

  it("needs every condition to hold, and takes a rule without conditions as always holding", () => {
    const from: RuleCondition = { field: "from", op: "domain", value: "customer.test" };
    expect(fired([rule("r", [from, { field: "isReply", value: true }], [tagIt("x")])])).toEqual([]);
    expect(fired([rule("r", [], [tagIt("x")])])).toHaveLength(1);
  });

  it("reads only the first routingSnippetLength characters of the snippet", () => {
    const far = "a".repeat(ROUTING_LIMITS.routingSnippetLength.value) + "needle";
    const r = [rule("r", [{ field: "snippet", op: "matches", value: "needle" }], [tagIt("x")])];
    expect(fired(r, facts({ snippet: far }))).toEqual([]);
    expect(fired(r, facts({ snippet: far.slice(10) }))).toHaveLength(1);
  });

  it("never holds for a pattern the engine refuses (validation refuses it on save)", () => {
    expect(fired([rule("r", [{ field: "subject", op: "matches", value: "(a)\\1" }], [tagIt("x")])])).toEqual(
      [],
    );
  });
});

describe("evaluateRules: actions", () => {
  it("returns actions in rule order with their rule, and lets later rules see earlier effects", () => {
    const rules = [
      rule(
        "invoices",
        [{ field: "subject", op: "contains", value: "invoice" }],
        [tagIt("billing"), { type: "set_priority", priority: "high" }],
      ),
      rule(
        "billing-high",
        [
          { field: "tags", op: "has", value: "billing" },
          { field: "priority", op: "is", value: "high" },
        ],
        [{ type: "assign", member: "ana@x.test" }],
      ),
    ];
    expect(evaluateRules(rules, facts(), "new_conversation")).toEqual([
      {
        action: { type: "add_tags", tags: ["billing"] },
        cause: { ruleId: "invoices", ruleName: "invoices" },
      },
      {
        action: { type: "set_priority", priority: "high" },
        cause: { ruleId: "invoices", ruleName: "invoices" },
      },
      {
        action: { type: "assign", member: "ana@x.test" },
        cause: { ruleId: "billing-high", ruleName: "billing-high" },
      },
    ]);
  });

  it("returns only effects that change something, and the first assign, mark and move", () => {
    const rules = [
      rule(
        "a",
        [],
        [tagIt("vip"), { type: "set_priority", priority: "normal" }, { type: "assign", member: "a@x" }],
      ),
      rule(
        "b",
        [],
        [tagIt("vip"), tagIt("new"), { type: "assign", member: "b@x" }, { type: "mark", status: "spam" }],
      ),
      rule("c", [], [{ type: "mark", status: "closed" }]),
    ];
    expect(fired(rules, facts({ tags: ["vip"] }))).toEqual([
      ["a", { type: "assign", member: "a@x" }],
      ["b", { type: "add_tags", tags: ["new"] }],
      ["b", { type: "mark", status: "spam" }],
    ]);
  });

  it("stops after a rule that fires with stop, but not after one that does not fire", () => {
    const rules = [
      rule("skip", [{ field: "isReply", value: true }], [tagIt("reply")], { stop: true }),
      rule("stop", [], [tagIt("one")], { stop: true }),
      rule("after", [], [tagIt("two")]),
    ];
    expect(fired(rules).map(([id]) => id)).toEqual(["stop"]);
  });

  it("stops after a move: the next mailbox's rules take over", () => {
    const rules = [
      rule("move", [], [{ type: "move_to_mailbox", mailbox: "billing" }, tagIt("moved")]),
      rule("after", [], [tagIt("x")]),
    ];
    expect(fired(rules).map(([id]) => id)).toEqual(["move", "move"]);
  });

  it("runs new-conversation rules only on a new conversation, and skips disabled rules", () => {
    const rules = [
      rule("first", [], [tagIt("first")]),
      rule("every", [], [tagIt("every")], { runOn: "every_customer_message" }),
      rule("off", [], [tagIt("off")], { enabled: false }),
    ];
    expect(fired(rules).map(([id]) => id)).toEqual(["first", "every"]);
    expect(evaluateRules(rules, facts(), "customer_message").map((a) => a.cause.ruleId)).toEqual(["every"]);
  });
});
