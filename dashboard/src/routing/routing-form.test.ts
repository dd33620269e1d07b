import { mailboxRoutingSchema, type MailboxRoutingInput } from "@baton/shared";
import { placeErrors } from "../settings/field-errors";
import {
  fieldPaths,
  moved,
  newRule,
  readRoutingForm,
  renamed,
  ruleIdOf,
  ruleIndexOf,
  routingRequestOf,
  toRoutingForm,
  withField,
  type RoutingForm,
} from "./routing-form";

const STORED: MailboxRoutingInput = {
  agents: ["ana@demo.test", "ben@demo.test"],
  onCall: null,
  strategy: "round_robin",
  capacity: { maxOpen: 8, perPriority: { urgent: 2 } },
  rebalanceTo: "strategy",
  anyHour: true,
  rules: [
    {
      id: "invoices",
      name: "Invoices",
      enabled: true,
      runOn: "new_conversation",
      when: [
        { field: "subject", op: "matches", value: "invoice|receipt" },
        { field: "hasAttachment", value: true },
        { field: "previousConversations", op: "at_least", value: 2 },
      ],
      then: [
        { type: "add_tags", tags: ["billing", "invoice"] },
        { type: "set_priority", priority: "high" },
        { type: "move_to_mailbox", mailbox: "billing" },
      ],
      stop: true,
    },
    {
      id: "vip",
      name: "VIP",
      enabled: false,
      runOn: "every_customer_message",
      when: [{ field: "from", op: "domain", value: "acme.com" }],
      then: [
        { type: "assign", group: ["ana@demo.test"], strategy: "load_balanced" },
        { type: "assign", member: "ben@demo.test" },
        { type: "assign", strategy: "skills" },
        { type: "mark", status: "spam" },
      ],
      stop: false,
    },
  ],
};

function stored(): RoutingForm {
  return toRoutingForm(mailboxRoutingSchema.parse(STORED));
}

describe("routing form <-> request", () => {
  it("reads back exactly the routing it was filled from", () => {
    const result = readRoutingForm(stored());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(mailboxRoutingSchema.parse(result.request)).toEqual(mailboxRoutingSchema.parse(STORED));
  });

  it("leaves an empty cap out (no cap) and says what is wrong with a typed one", () => {
    const form = { ...stored(), maxOpen: "", perPriority: { low: "", normal: "", high: "x", urgent: "" } };
    expect(routingRequestOf(form).capacity).toEqual({ maxOpen: null, perPriority: { high: Number.NaN } });
    const result = readRoutingForm(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(["capacity.perPriority.high"]);
  });

  it("keys a bad condition by its request path", () => {
    const form = stored();
    const rule = form.rules[1];
    if (rule === undefined) throw new Error("fixture");
    rule.when = [{ field: "from", op: "domain", value: "not a domain" }];
    const result = readRoutingForm(form);
    expect(result).toEqual({
      ok: false,
      errors: { "rules[1].when[0].value": "expected a domain such as acme.com" },
    });
  });

  it("an assign to the mailbox's agents without a strategy chosen means round-robin", () => {
    const form = stored();
    form.rules = [newRule(new Set())];
    const action = form.rules[0]?.then[0];
    if (action === undefined) throw new Error("fixture");
    Object.assign(action, { type: "assign", assign: "strategy", strategy: "" });
    expect(routingRequestOf(form).rules?.[0]?.then).toEqual([{ type: "assign", strategy: "round_robin" }]);
  });

  it("changing a condition's field resets operator and value to ones that field takes", () => {
    expect(withField({ field: "subject", op: "matches", value: "x" }, "hasAttachment")).toEqual({
      field: "hasAttachment",
      op: "",
      value: "true",
    });
    expect(withField({ field: "subject", op: "matches", value: "inv" }, "from")).toEqual({
      field: "from",
      op: "is",
      value: "inv",
    });
  });
});

describe("refusals land beside their field", () => {
  const form = stored();
  const fields = fieldPaths(form);

  it("a refused pattern marks that condition's value, and the rule to open", () => {
    const path = "rules[0].when[0].value";
    expect(placeErrors({ [path]: "the pattern is refused" }, fields).marks).toEqual({
      [path]: "the pattern is refused",
    });
    expect(ruleIndexOf(path)).toBe(0);
  });

  it("a group member outside the agents marks the group field; a member the member field", () => {
    expect(placeErrors({ "rules[1].then[0].group[0]": "no" }, fields).marks).toEqual({
      "rules[1].then[0].group": "no",
    });
    expect(placeErrors({ "rules[1].then[1].member": "no" }, fields).marks).toEqual({
      "rules[1].then[1].member": "no",
    });
  });

  it("a duplicate id (no input) marks the rule itself; a move loop its mailbox", () => {
    expect(placeErrors({ "rules[1].id": "duplicate" }, fields).marks).toEqual({ "rules[1]": "duplicate" });
    expect(placeErrors({ "rules[0].then[2].mailbox": "loop" }, fields).marks).toEqual({
      "rules[0].then[2].mailbox": "loop",
    });
  });

  it("settings paths mark their inputs", () => {
    expect(placeErrors({ "capacity.maxOpen": "too big", "agents[1]": "not a member" }, fields).marks).toEqual(
      {
        "capacity.maxOpen": "too big",
        agents: "not a member",
      },
    );
    expect(ruleIndexOf("capacity.maxOpen")).toBeNull();
  });
});

describe("rule list", () => {
  it("moves a rule up or down and stays put at either end", () => {
    expect(moved(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("gives a new rule an id from its name that no other rule has", () => {
    expect(ruleIdOf("Invoices & receipts", new Set())).toBe("invoices-receipts");
    expect(ruleIdOf("Invoices", new Set(["invoices", "invoices-2"]))).toBe("invoices-3");
    expect(ruleIdOf("!!!", new Set())).toBe("rule");
    expect(newRule(new Set(["new-rule"])).id).toBe("new-rule-2");
  });
});

describe("a new rule's id", () => {
  it("follows its name until saved; a saved rule keeps its id when renamed", () => {
    const fresh = newRule(new Set());
    expect(renamed(fresh, "Invoices", new Set(["invoices"])).id).toBe("invoices-2");
    const saved = stored().rules[0];
    if (saved === undefined) throw new Error("fixture");
    expect(renamed(saved, "Bills", new Set())).toMatchObject({ id: "invoices", name: "Bills" });
    // A blank new rule is refused at its empty fields, never sent with them.
    const blank = readRoutingForm({ ...stored(), rules: [fresh] });
    expect(blank.ok).toBe(false);
    if (blank.ok) return;
    expect(Object.keys(blank.errors).sort()).toEqual(["rules[0].then[0].tags", "rules[0].when[0].value"]);
  });
});
