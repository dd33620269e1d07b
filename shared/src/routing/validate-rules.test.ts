import type { RoutingRule, RuleAction, RuleCondition } from "./types";
import { validateRoutingRules, type RulesContext } from "./validate-rules";

const rule = (id: string, then: RuleAction[], when: RuleCondition[] = [], enabled = true): RoutingRule => ({
  id,
  name: id,
  enabled,
  runOn: "new_conversation",
  when,
  then,
  stop: false,
});
const move = (mailbox: string): RuleAction => ({ type: "move_to_mailbox", mailbox });
const matches = (value: string): RuleCondition => ({ field: "subject", op: "matches", value });

const context = (extra: Partial<RulesContext> = {}): RulesContext => ({
  mailbox: "support",
  members: new Set(["ana@x.test", "ben@x.test", "vic@x.test"]),
  agents: ["ana@x.test", "ben@x.test"],
  mailboxes: new Map([
    ["support", []],
    ["billing", []],
    ["sales", []],
  ]),
  ...extra,
});

function refusal(rules: RoutingRule[], extra: Partial<RulesContext> = {}) {
  const error = validateRoutingRules(rules, context(extra));
  return error === null ? null : { code: error.code, message: error.message, path: error.details?.path };
}

describe("validateRoutingRules", () => {
  it("accepts rules that name agents, known mailboxes and linear-time patterns", () => {
    const rules = [
      rule(
        "invoices",
        [move("billing"), { type: "add_tags", tags: ["billing"] }],
        [matches("invoice\\s+\\d+")],
      ),
      rule("vip", [{ type: "assign", group: ["ana@x.test", "ben@x.test"] }]),
    ];
    expect(refusal(rules)).toBeNull();
  });

  it("refuses a second rule with the same id, naming the first", () => {
    expect(refusal([rule("a", [move("billing")]), rule("a", [move("sales")])])).toEqual({
      code: "invalid_request",
      message: 'rules[1].id: rule id "a" is already used by rule 1; give each rule its own id.',
      path: "rules[1].id",
    });
  });

  it("refuses a pattern the linear-time engine cannot run, saying what to rewrite", () => {
    expect(refusal([rule("r", [move("billing")], [matches("(a)\\1")])])).toEqual({
      code: "invalid_request",
      message:
        'rules[0].when[0].value: "(a)\\1" uses syntax the linear-time engine does not support (backreferences such as \\1 and lookaround such as (?=...) or (?<!...)); rewrite it without them.',
      path: "rules[0].when[0].value",
    });
    expect(refusal([rule("r", [move("billing")], [matches("(?<=x)y")])])?.path).toBe(
      "rules[0].when[0].value",
    );
  });

  it("refuses a pattern that is no regular expression, or matches everything", () => {
    expect(refusal([rule("r", [move("billing")], [matches("(unclosed")])])?.message).toBe(
      'rules[0].when[0].value: "(unclosed" is not a valid regular expression.',
    );
    expect(refusal([rule("r", [move("billing")], [matches("x*")])])?.message).toBe(
      'rules[0].when[0].value: "x*" matches empty text, so it would match every message; make it match something.',
    );
  });

  it("refuses an assignee outside the organisation, and a member who is not an agent of the mailbox", () => {
    expect(refusal([rule("r", [{ type: "assign", member: "eve@evil.test" }])])).toEqual({
      code: "invalid_request",
      message:
        "rules[0].then[0].member: eve@evil.test is not a member of this organisation; add them under Members first.",
      path: "rules[0].then[0].member",
    });
    expect(refusal([rule("r", [{ type: "assign", group: ["ana@x.test", "vic@x.test"] }])])?.message).toBe(
      "rules[0].then[0].group[1]: vic@x.test is not an agent of this mailbox; add them to its agents or pick another member.",
    );
  });

  it("takes every member as an agent when the mailbox lists none", () => {
    expect(refusal([rule("r", [{ type: "assign", member: "vic@x.test" }])], { agents: [] })).toBeNull();
  });

  it("refuses a move to an unknown mailbox or to the mailbox itself", () => {
    expect(refusal([rule("r", [move("legal")])])?.message).toBe(
      'rules[0].then[0].mailbox: there is no mailbox "legal" in this organisation; create it first or pick another.',
    );
    expect(refusal([rule("r", [move("support")])])?.path).toBe("rules[0].then[0].mailbox");
  });

  it("refuses a loop with the other mailboxes' saved rules, pointing at this mailbox's move", () => {
    const mailboxes = new Map([
      ["support", []],
      ["billing", [rule("back", [move("sales")])]],
      ["sales", [rule("back", [move("support")])]],
    ]);
    expect(
      refusal([rule("ok", [{ type: "add_tags", tags: ["x"] }]), rule("m", [move("billing")])], { mailboxes }),
    ).toEqual({
      code: "invalid_request",
      message:
        "rules[1].then[0].mailbox: moving to billing makes a loop (support → billing → sales → support), so a conversation would move round for ever; remove one of these moves.",
      path: "rules[1].then[0].mailbox",
    });
  });

  it("ignores the mailbox's saved rules (replaced by the new ones) and disabled rules", () => {
    const mailboxes = new Map([
      ["support", [rule("old", [move("billing")])]],
      ["billing", [rule("back", [move("support")])]],
      ["sales", [rule("back", [move("billing")], [], false)]],
    ]);
    expect(refusal([rule("m", [move("sales")])], { mailboxes })).toBeNull();
    expect(refusal([rule("m", [move("billing")], [], false)], { mailboxes })).toBeNull();
  });
});
