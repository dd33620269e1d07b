import type { z } from "zod";
import type { MemberAvailability, RoutingRule, RoutingSettings } from "../routing/types";
import { parseRequest } from "./parse-request";
import {
  mailboxRoutingSchema,
  memberAvailabilityRequestSchema,
  memberAvailabilitySchema,
  routingRuleSchema,
  routingSettingsSchema,
} from "./routing";

// The lone type parameters are the point of this well-known identity check: they defer the comparison.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Each line fails to compile (tsc -p shared runs on tests) if a schema drifts from its domain type.
const matches = {
  rule: true satisfies Equals<z.output<typeof routingRuleSchema>, RoutingRule>,
  settings: true satisfies Equals<z.output<typeof routingSettingsSchema>, RoutingSettings>,
  availability: true satisfies Equals<z.output<typeof memberAvailabilitySchema>, MemberAvailability>,
  availabilityRequest: true satisfies Equals<
    z.output<typeof memberAvailabilityRequestSchema>,
    MemberAvailability
  >,
};

const rule = (extra: object = {}) => ({
  id: "invoices",
  name: "Invoices",
  when: [{ field: "subject", op: "contains", value: "invoice" }],
  then: [{ type: "add_tags", tags: ["Billing"] }],
  ...extra,
});

function sentence(schema: z.ZodType, input: unknown): string {
  const result = parseRequest(schema, input);
  if (result.ok) throw new Error("expected a refusal");
  return result.error.message;
}

describe("routing schemas", () => {
  it("mirror the domain types", () => {
    expect(Object.values(matches).every(Boolean)).toBe(true);
  });

  it("fill the defaults: manual, no rules, no cap, rebalance by strategy, shifts respected", () => {
    const parsed = parseRequest(mailboxRoutingSchema, {});
    expect(parsed).toEqual({
      ok: true,
      value: {
        agents: [],
        onCall: null,
        strategy: "manual",
        rules: [],
        capacity: { maxOpen: null, perPriority: {} },
        rebalanceTo: "strategy",
        anyHour: false,
      },
    });
  });

  it("defaults a rule to enabled, on new conversations, not stopping; normalises tags", () => {
    const parsed = parseRequest(routingRuleSchema, rule());
    expect(parsed.ok && parsed.value).toEqual({
      id: "invoices",
      name: "Invoices",
      enabled: true,
      runOn: "new_conversation",
      when: [{ field: "subject", op: "contains", value: "invoice" }],
      then: [{ type: "add_tags", tags: ["billing"] }],
      stop: false,
    });
  });

  it("refuses an unknown field by name, wherever it is", () => {
    expect(sentence(mailboxRoutingSchema, { strategy: "manual", startegy: 1 })).toBe(
      'Request: unknown field "startegy"',
    );
    expect(sentence(routingSettingsSchema, { rules: [rule({ priority: "high" })] })).toBe(
      'rules[0]: unknown field "priority"',
    );
    expect(sentence(routingRuleSchema, rule({ when: [{ field: "isReply", value: true, op: "is" }] }))).toBe(
      'when[0]: unknown field "op"',
    );
    expect(sentence(routingRuleSchema, rule({ then: [{ type: "mark", status: "spam", why: 1 }] }))).toBe(
      'then[0]: unknown field "why"',
    );
    expect(sentence(memberAvailabilityRequestSchema, { away: true })).toBe('Request: unknown field "away"');
  });

  it("names what a condition or an action may be", () => {
    expect(sentence(routingRuleSchema, rule({ when: [{ field: "body", op: "contains", value: "x" }] }))).toBe(
      "when[0].field: expected one of from, to, cc, subject, snippet, hasAttachment, isReply, previousConversations, businessHours, priority, tags",
    );
    expect(sentence(routingRuleSchema, rule({ then: [{ type: "forward" }] }))).toBe(
      "then[0].type: expected one of set_priority, add_tags, move_to_mailbox, assign, mark",
    );
  });

  it("checks an address or a domain by the operator, and strips a leading @ from a domain", () => {
    expect(
      sentence(routingRuleSchema, rule({ when: [{ field: "from", op: "is", value: "acme.com" }] })),
    ).toBe("when[0].value: expected an email address");
    expect(
      sentence(routingRuleSchema, rule({ when: [{ field: "cc", op: "domain", value: "x@acme.com" }] })),
    ).toBe("when[0].value: expected a domain such as acme.com");
    const parsed = parseRequest(
      routingRuleSchema,
      rule({ when: [{ field: "to", op: "domain", value: " @ACME.com" }] }),
    );
    expect(parsed.ok && parsed.value.when).toEqual([{ field: "to", op: "domain", value: "acme.com" }]);
  });

  it("takes exactly one kind of assignee", () => {
    expect(sentence(routingRuleSchema, rule({ then: [{ type: "assign" }] }))).toBe(
      "then[0]: needs a member, a group or a strategy",
    );
    expect(
      sentence(
        routingRuleSchema,
        rule({ then: [{ type: "assign", member: "a@x.test", strategy: "skills" }] }),
      ),
    ).toBe("then[0].member: names one member; leave out group and strategy, or leave out member");
    expect(sentence(routingRuleSchema, rule({ then: [{ type: "assign", strategy: "manual" }] }))).toBe(
      "then[0].strategy: expected one of round_robin, load_balanced, skills",
    );
    const group = parseRequest(
      routingRuleSchema,
      rule({ then: [{ type: "assign", group: ["A@x.test", "b@x.test"], strategy: "load_balanced" }] }),
    );
    expect(group.ok && group.value.then).toEqual([
      { type: "assign", group: ["a@x.test", "b@x.test"], strategy: "load_balanced" },
    ]);
  });

  it("needs at least one action per rule", () => {
    expect(sentence(routingRuleSchema, rule({ then: [] }))).toBe("then: must have at least 1 item");
  });

  it("parses a member's away-until as an instant and de-duplicates skills", () => {
    const parsed = parseRequest(memberAvailabilityRequestSchema, {
      awayUntil: "2026-03-02T09:00:00Z",
      skills: ["Billing", "billing", "vip"],
      maxOpen: null,
    });
    expect(parsed.ok && parsed.value).toEqual({
      awayUntil: Date.parse("2026-03-02T09:00:00Z"),
      skills: ["billing", "vip"],
      maxOpen: null,
    });
  });
});
