import { RE2JS } from "re2js";
import type { Priority } from "../conversation/types";
import { normalizeTag } from "../conversation/tags";
import { ROUTING_LIMITS } from "../limits/routing";
import type { RoutingRule, RuleAction, RuleCondition, RuleTrigger } from "./types";

/** What rules see of a conversation when a customer's message arrives. Addresses lower-cased. */
export interface MessageFacts {
  from: string;
  to: readonly string[];
  cc: readonly string[];
  subject: string;
  /** The start of the first message's text; only ROUTING_LIMITS.routingSnippetLength is read. */
  snippet: string;
  hasAttachment: boolean;
  /** The message answers an earlier one (In-Reply-To or References), e.g. a reply to our outreach. */
  isReply: boolean;
  /** The customer's (`from`'s) conversations before this one, counted up to the limit. */
  previousConversations: number;
  /** The instant is inside the mailbox's business hours. */
  inBusinessHours: boolean;
  priority: Priority;
  tags: readonly string[];
}

/** The rule behind an action, recorded on its event (`routedBy.rule`). */
export interface RuleCause {
  ruleId: string;
  ruleName: string;
}

export interface FiredAction {
  action: RuleAction;
  cause: RuleCause;
}

/** A condition as a test on the facts, built once per rule set. */
type Test = (facts: MessageFacts, tags: ReadonlySet<string>, priority: Priority) => boolean;
interface CompiledRule {
  rule: RoutingRule;
  tests: Test[];
}

// Compiled per rule-set object: the backend keeps a mailbox's parsed settings while they are
// unchanged, so patterns compile once and not on every message (RE2 compilation costs far more
// than matching a subject).
const compiledSets = new WeakMap<readonly RoutingRule[], CompiledRule[]>();

/**
 * The actions a mailbox's rules take on a message, in rule order, each with the rule that caused it.
 *
 * - A rule runs when enabled, its `runOn` covers the trigger (every_customer_message also runs on a
 *   new conversation), and all its conditions hold.
 * - Rules see each other's effects: a priority or tags set by an earlier rule are what a later
 *   rule's `priority`/`tags` conditions read. Only effects that change something are returned (a tag
 *   already there, the priority it already has), so each returned action is one event.
 * - The first `assign`, the first `mark` and the first `move_to_mailbox` win; later ones are dropped.
 * - After a rule that fires with `stop`, or that moves the conversation, no further rule runs: the
 *   next mailbox's rules take over after a move (the caller runs them).
 * Deterministic: the same rules, facts and trigger give the same actions.
 */
export function evaluateRules(
  rules: readonly RoutingRule[],
  facts: MessageFacts,
  trigger: RuleTrigger,
): FiredAction[] {
  const out: FiredAction[] = [];
  const tags = new Set(facts.tags);
  let priority = facts.priority;
  const taken = new Set<"assign" | "mark" | "move_to_mailbox">();
  for (const { rule, tests } of compileRules(rules)) {
    if (!rule.enabled || !runsOn(rule, trigger)) continue;
    if (!tests.every((test) => test(facts, tags, priority))) continue;
    const cause = { ruleId: rule.id, ruleName: rule.name };
    for (const action of rule.then) {
      switch (action.type) {
        case "set_priority":
          if (action.priority === priority) break;
          priority = action.priority;
          out.push({ action, cause });
          break;
        case "add_tags": {
          const added = action.tags.map(normalizeTag).filter((t) => !tags.has(t));
          for (const t of added) tags.add(t);
          if (added.length > 0) out.push({ action: { type: "add_tags", tags: [...new Set(added)] }, cause });
          break;
        }
        case "assign":
        case "mark":
        case "move_to_mailbox":
          if (taken.has(action.type)) break;
          taken.add(action.type);
          out.push({ action, cause });
          break;
      }
    }
    if (rule.stop || rule.then.some((a) => a.type === "move_to_mailbox")) break;
  }
  return out;
}

function runsOn(rule: RoutingRule, trigger: RuleTrigger): boolean {
  return trigger === "new_conversation" || rule.runOn === "every_customer_message";
}

/** The rules with their conditions compiled, cached per rule-set object. */
export function compileRules(rules: readonly RoutingRule[]): CompiledRule[] {
  let compiled = compiledSets.get(rules);
  if (compiled === undefined) {
    compiled = rules.map((rule) => ({ rule, tests: rule.when.map(compileCondition) }));
    compiledSets.set(rules, compiled);
  }
  return compiled;
}

const SNIPPET = ROUTING_LIMITS.routingSnippetLength.value;

function compileCondition(c: RuleCondition): Test {
  switch (c.field) {
    case "from":
      return (f) => addressMatches(f.from, c.op, c.value);
    case "to":
    case "cc": {
      const field = c.field;
      return (f) => f[field].some((address) => addressMatches(address, c.op, c.value));
    }
    case "subject":
    case "snippet": {
      const read = c.field === "subject" ? (f: MessageFacts) => f.subject : snippetOf;
      if (c.op === "contains") {
        const needle = c.value.toLowerCase();
        return (f) => read(f).toLowerCase().includes(needle);
      }
      const pattern = compileMatch(c.value);
      // A pattern the engine refuses never holds (validateRoutingRules refuses it on save).
      return pattern === null ? () => false : (f) => pattern.test(read(f));
    }
    case "hasAttachment":
      return (f) => f.hasAttachment === c.value;
    case "isReply":
      return (f) => f.isReply === c.value;
    case "previousConversations":
      return c.op === "at_least"
        ? (f) => f.previousConversations >= c.value
        : (f) => f.previousConversations <= c.value;
    case "businessHours":
      return (f) => f.inBusinessHours === c.value;
    case "priority":
      return (_f, _tags, priority) => priority === c.value;
    case "tags": {
      const tag = normalizeTag(c.value);
      return (_f, tags) => tags.has(tag);
    }
  }
}

const snippetOf = (f: MessageFacts): string =>
  f.snippet.length > SNIPPET ? f.snippet.slice(0, SNIPPET) : f.snippet;

/** `is` compares whole addresses; `domain` the domain or any subdomain of it. */
function addressMatches(address: string, op: "is" | "domain", value: string): boolean {
  const a = address.trim().toLowerCase();
  if (op === "is") return a === value;
  const domain = a.slice(a.lastIndexOf("@") + 1);
  return domain === value || domain.endsWith(`.${value}`);
}

/** A `matches` pattern on RE2 (linear in the text), case-insensitive like `contains`. */
function compileMatch(regex: string): RE2JS | null {
  try {
    return RE2JS.compile(RE2JS.translateRegExp(regex), RE2JS.CASE_INSENSITIVE);
  } catch {
    return null;
  }
}
