/**
 * A mailbox's routing as the form holds it (strings, what inputs hold) and its translation into the
 * body of PUT /mailboxes/{id}/routing (and of the preview, which takes the same draft). Validation is
 * the API's own schema (mailboxRoutingSchema), so the form refuses what the server would, with the
 * sentence beside the field; what needs the rest of the org (a pattern the linear-time engine
 * refuses, an assignee outside the agents, a loop) comes back from the server with `details.path`
 * and lands at the same fields (fieldPaths + placeErrors). Error keys are request paths
 * ("rules[0].when[1].value", "capacity.perPriority.high").
 */
import {
  describeIssue,
  formatPath,
  mailboxRoutingSchema,
  PRIORITIES,
  type MailboxRouting,
  type MailboxRoutingInput,
  type Priority,
} from "@baton/shared";
import {
  ASSIGNING_STRATEGIES,
  STRATEGIES,
  type RuleAction,
  type RuleCondition,
  type Strategy,
} from "@baton/shared/routing";

export const CONDITION_FIELDS = [
  "from",
  "to",
  "cc",
  "subject",
  "snippet",
  "hasAttachment",
  "isReply",
  "previousConversations",
  "businessHours",
  "priority",
  "tags",
] as const;
export type ConditionField = (typeof CONDITION_FIELDS)[number];

/** The operators each field takes, and how the menu words them; an empty list: a yes/no field. */
export const OPERATORS: Record<ConditionField, ReadonlyArray<readonly [string, string]>> = {
  from: [
    ["is", "is"],
    ["domain", "is at domain"],
  ],
  to: [
    ["is", "is"],
    ["domain", "is at domain"],
  ],
  cc: [
    ["is", "is"],
    ["domain", "is at domain"],
  ],
  subject: [
    ["contains", "contains"],
    ["matches", "matches pattern"],
  ],
  snippet: [
    ["contains", "contains"],
    ["matches", "matches pattern"],
  ],
  hasAttachment: [],
  isReply: [],
  previousConversations: [
    ["at_least", "at least"],
    ["at_most", "at most"],
  ],
  businessHours: [],
  priority: [["is", "is"]],
  tags: [["has", "has"]],
};

export const FIELD_LABELS: Record<ConditionField, string> = {
  from: "From",
  to: "To",
  cc: "Cc",
  subject: "Subject",
  snippet: "First message",
  hasAttachment: "Has attachment",
  isReply: "Is a reply",
  previousConversations: "Customer's previous conversations",
  businessHours: "In business hours",
  priority: "Priority",
  tags: "Tags",
};

export const ACTION_TYPES = ["set_priority", "add_tags", "move_to_mailbox", "assign", "mark"] as const;
export type ActionType = (typeof ACTION_TYPES)[number];
export const ACTION_LABELS: Record<ActionType, string> = {
  set_priority: "Set priority",
  add_tags: "Add tags",
  move_to_mailbox: "Move to mailbox",
  assign: "Assign",
  mark: "Mark as",
};

/** One line per strategy, shown beside the choice. */
export const STRATEGY_SENTENCES: Record<Strategy, string> = {
  manual: "Manual: nobody is assigned automatically; people claim or assign (rules still run).",
  round_robin: "Round-robin: each new conversation goes to the next available agent in turn.",
  load_balanced:
    "Load-balanced: the available agent with the fewest open conversations, urgent counting 4, high 2.",
  skills: "Skills: an available agent whose skills cover the conversation's tags (else most of them).",
};

export interface ConditionForm {
  field: ConditionField;
  op: string;
  /** Text, a number, a priority, or "true"/"false" for the yes/no fields. */
  value: string;
}

export type AssignKind = "member" | "group" | "strategy";

export interface ActionForm {
  type: ActionType;
  priority: Priority;
  /** Comma separated. */
  tags: string;
  mailbox: string;
  assign: AssignKind;
  member: string;
  /** Comma separated emails. */
  group: string;
  /** For a group: empty = the mailbox's strategy. */
  strategy: string;
  status: "closed" | "spam";
}

export interface RuleForm {
  /** Stable once saved (events and the per-rule report carry it); a rule added here takes it from its name. */
  id: string;
  /** Added in this session and not saved yet: renaming it renames its id. */
  idFromName?: boolean;
  name: string;
  enabled: boolean;
  runOn: "new_conversation" | "every_customer_message";
  when: ConditionForm[];
  then: ActionForm[];
  stop: boolean;
}

export interface RoutingForm {
  strategy: Strategy;
  /** Comma separated emails; empty = every member. */
  agents: string;
  onCall: string;
  /** Empty = no cap. */
  maxOpen: string;
  perPriority: Record<Priority, string>;
  rebalanceTo: "strategy" | "lead";
  anyHour: boolean;
  rules: RuleForm[];
}

export type RoutingFormResult =
  { ok: true; request: MailboxRoutingInput } | { ok: false; errors: Record<string, string> };

const YES_NO: ReadonlySet<ConditionField> = new Set(["hasAttachment", "isReply", "businessHours"]);

export function isYesNo(field: ConditionField): boolean {
  return YES_NO.has(field);
}

export function newCondition(field: ConditionField = "subject"): ConditionForm {
  return {
    field,
    op: OPERATORS[field][0]?.[0] ?? "",
    value: isYesNo(field) ? "true" : field === "priority" ? "high" : "",
  };
}

/** The condition with another field: the operator and value reset to what that field takes. */
export function withField(condition: ConditionForm, field: ConditionField): ConditionForm {
  const next = newCondition(field);
  const keepsText = !isYesNo(field) && !isYesNo(condition.field) && field !== "priority";
  return keepsText ? { ...next, value: condition.value } : next;
}

export function newAction(type: ActionType = "add_tags"): ActionForm {
  return {
    type,
    priority: "high",
    tags: "",
    mailbox: "",
    assign: "strategy",
    member: "",
    group: "",
    strategy: "",
    status: "closed",
  };
}

/** A rule id from its name ("Invoices & receipts" -> "invoices-receipts"), unique among `taken`. */
export function ruleIdOf(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 32) || "rule";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function newRule(taken: ReadonlySet<string>, name = "New rule"): RuleForm {
  return {
    id: ruleIdOf(name, taken),
    name,
    enabled: true,
    runOn: "new_conversation",
    when: [newCondition()],
    then: [newAction()],
    stop: false,
    idFromName: true,
  };
}

/** The rule renamed; a rule not saved yet also gets the id of its new name (unique among `taken`). */
export function renamed(rule: RuleForm, name: string, taken: ReadonlySet<string>): RuleForm {
  return rule.idFromName === true ? { ...rule, name, id: ruleIdOf(name, taken) } : { ...rule, name };
}

function conditionForm(c: RuleCondition): ConditionForm {
  return { field: c.field, op: "op" in c ? c.op : "", value: String(c.value) };
}

function actionForm(a: RuleAction): ActionForm {
  const base = newAction(a.type);
  switch (a.type) {
    case "set_priority":
      return { ...base, priority: a.priority };
    case "add_tags":
      return { ...base, tags: a.tags.join(", ") };
    case "move_to_mailbox":
      return { ...base, mailbox: a.mailbox };
    case "mark":
      return { ...base, status: a.status };
    case "assign":
      return {
        ...base,
        assign: a.member !== undefined ? "member" : a.group !== undefined ? "group" : "strategy",
        member: a.member ?? "",
        group: (a.group ?? []).join(", "),
        strategy: a.strategy ?? "",
      };
  }
}

export function toRoutingForm(routing: MailboxRouting): RoutingForm {
  const per = routing.capacity.perPriority;
  return {
    strategy: routing.strategy,
    agents: routing.agents.join(", "),
    onCall: routing.onCall ?? "",
    maxOpen: routing.capacity.maxOpen === null ? "" : String(routing.capacity.maxOpen),
    perPriority: Object.fromEntries(
      PRIORITIES.map((p) => [p, per[p] === undefined ? "" : String(per[p])]),
    ) as Record<Priority, string>,
    rebalanceTo: routing.rebalanceTo,
    anyHour: routing.anyHour,
    rules: routing.rules.map((r) => ({
      id: r.id,
      name: r.name,
      enabled: r.enabled,
      runOn: r.runOn,
      when: r.when.map(conditionForm),
      then: r.then.map(actionForm),
      stop: r.stop,
    })),
  };
}

const list = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** A number field: "" is absent, anything else a number (NaN lets the schema say what is wrong). */
function numberOf(text: string): number | undefined {
  const t = text.trim();
  return t === "" ? undefined : Number(t);
}

function conditionRequest(c: ConditionForm): Record<string, unknown> {
  if (isYesNo(c.field)) return { field: c.field, value: c.value === "true" };
  const value = c.field === "previousConversations" ? (numberOf(c.value) ?? Number.NaN) : c.value;
  return { field: c.field, op: c.op, value };
}

function actionRequest(a: ActionForm): Record<string, unknown> {
  switch (a.type) {
    case "set_priority":
      return { type: a.type, priority: a.priority };
    case "add_tags":
      return { type: a.type, tags: list(a.tags) };
    case "move_to_mailbox":
      return { type: a.type, mailbox: a.mailbox.trim() };
    case "mark":
      return { type: a.type, status: a.status };
    case "assign":
      if (a.assign === "member") return { type: a.type, member: a.member.trim() };
      if (a.assign === "group")
        return { type: a.type, group: list(a.group), ...(a.strategy === "" ? {} : { strategy: a.strategy }) };
      return { type: a.type, strategy: a.strategy === "" ? "round_robin" : a.strategy };
  }
}

/** The request body the form stands for, before validation. */
export function routingRequestOf(form: RoutingForm): MailboxRoutingInput {
  const perPriority: Partial<Record<Priority, number>> = {};
  for (const p of PRIORITIES) {
    const n = numberOf(form.perPriority[p]);
    if (n !== undefined) perPriority[p] = n;
  }
  return {
    agents: list(form.agents),
    onCall: form.onCall.trim() === "" ? null : form.onCall.trim(),
    strategy: form.strategy,
    capacity: { maxOpen: numberOf(form.maxOpen) ?? null, perPriority },
    rebalanceTo: form.rebalanceTo,
    anyHour: form.anyHour,
    rules: form.rules.map((r) => ({
      id: r.id,
      name: r.name,
      enabled: r.enabled,
      runOn: r.runOn,
      when: r.when.map(conditionRequest),
      then: r.then.map(actionRequest),
      stop: r.stop,
    })) as MailboxRoutingInput["rules"],
  };
}

/** The request, checked by the API's own schema; problems keyed by request path. */
export function readRoutingForm(form: RoutingForm): RoutingFormResult {
  const request = routingRequestOf(form);
  const parsed = mailboxRoutingSchema.safeParse(request, { error: describeIssue });
  if (parsed.success) return { ok: true, request };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[formatPath(issue.path)] ??= issue.message;
  return { ok: false, errors };
}

/** The assign kind's request field: where a refusal of that action's assignee lands. */
const ASSIGN_FIELD: Record<AssignKind, string> = { member: "member", group: "group", strategy: "strategy" };

/**
 * Every field the form renders, by request path, so placeErrors can put each refusal beside its
 * field: a condition's field/op/value, an action's own input, a rule's name, and the rule itself
 * ("rules[2]") for what no input stands for (its id, "needs a member, a group or a strategy").
 */
export function fieldPaths(form: RoutingForm): string[] {
  const out = [
    "agents",
    "onCall",
    "strategy",
    "capacity.maxOpen",
    ...PRIORITIES.map((p) => `capacity.perPriority.${p}`),
    "rebalanceTo",
    "rules",
  ];
  form.rules.forEach((rule, i) => {
    const r = `rules[${i}]`;
    out.push(r, `${r}.name`, `${r}.when`, `${r}.then`);
    rule.when.forEach((_, j) => {
      out.push(`${r}.when[${j}]`, `${r}.when[${j}].field`, `${r}.when[${j}].op`, `${r}.when[${j}].value`);
    });
    rule.then.forEach((a, j) => {
      const t = `${r}.then[${j}]`;
      out.push(t);
      if (a.type === "set_priority") out.push(`${t}.priority`);
      if (a.type === "add_tags") out.push(`${t}.tags`);
      if (a.type === "move_to_mailbox") out.push(`${t}.mailbox`);
      if (a.type === "mark") out.push(`${t}.status`);
      if (a.type === "assign") {
        out.push(`${t}.${ASSIGN_FIELD[a.assign]}`);
        if (a.assign === "group") out.push(`${t}.strategy`);
      }
    });
  });
  return out;
}

/** The rules a request path falls under ("rules[3].then[0].member" -> 3), to open that rule. */
export function ruleIndexOf(path: string): number | null {
  const match = /^rules\[(\d+)\]/.exec(path);
  return match === null ? null : Number(match[1]);
}

/** `list` with the item at `from` moved by `step` (-1 up, 1 down); unchanged at either end. */
export function moved<T>(items: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

export { ASSIGNING_STRATEGIES, STRATEGIES };
