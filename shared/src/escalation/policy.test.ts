import { DEFAULT_ESCALATION_POLICY, validateEscalationPolicy } from "./policy";
import type { EscalationPolicy, EscalationRule } from "./types";

const rule = (change: Partial<EscalationRule> & Record<string, unknown>): EscalationPolicy => ({
  leads: [],
  rules: [{ id: "r", trigger: "breached", notify: ["assignee"], channels: ["email"], ...change }],
});

describe("validateEscalationPolicy", () => {
  it("accepts the default policy", () => {
    expect(validateEscalationPolicy(DEFAULT_ESCALATION_POLICY)).toBeNull();
  });

  it("accepts a rule that names members only", () => {
    expect(validateEscalationPolicy(rule({ notify: [], members: ["boss@team.example"] }))).toBeNull();
  });

  it.each([
    [rule({ id: "Has Spaces" }), "rules.0.id"],
    [rule({ trigger: "later" as never }), "rules.0.trigger"],
    [rule({ trigger: "still_breached" }), "rules.0.afterMinutes"],
    [rule({ trigger: "still_breached", afterMinutes: 0 }), "rules.0.afterMinutes"],
    [rule({ afterMinutes: 10 }), "rules.0.afterMinutes"],
    [rule({ when: "sometimes" as never }), "rules.0.when"],
    [rule({ clocks: ["lunch" as never] }), "rules.0.clocks"],
    [rule({ notify: ["everyone" as never] }), "rules.0.notify"],
    [rule({ notify: [] }), "rules.0.notify"],
    [rule({ members: ["not-an-email"] }), "rules.0.members"],
    [rule({ channels: [] }), "rules.0.channels"],
    [rule({ channels: ["pager" as never] }), "rules.0.channels"],
    [rule({ urgent: "yes" as never }), "rules.0.urgent"],
    [{ ...rule({}), leads: ["lena"] }, "leads"],
    [{ leads: [] } as unknown as EscalationPolicy, "rules"],
  ])("refuses %j at %s", (policy, field) => {
    expect(validateEscalationPolicy(policy)).toMatchObject({ code: "invalid_request", details: { field } });
  });

  it("refuses two rules with the same id (the id is part of escalation event ids)", () => {
    const policy = rule({});
    const twice: EscalationPolicy = { ...policy, rules: [...policy.rules, ...policy.rules] };
    expect(validateEscalationPolicy(twice)?.details).toEqual({ field: "rules.1.id" });
  });
});
