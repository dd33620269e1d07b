import type { Priority } from "../conversation/types";
import type { BusinessCalendar } from "../time";

/**
 * The vocabulary of routing (issue 16): a mailbox's rules and assignment strategy, a member's
 * availability, and why a conversation went where it went. api/routing.ts holds the schemas whose
 * outputs are exactly these types (routing-schema-types.test.ts proves it).
 */

/** How a mailbox assigns a conversation nobody owns. `manual`: never (people claim, as before). */
export const STRATEGIES = ["manual", "round_robin", "load_balanced", "skills"] as const;
export type Strategy = (typeof STRATEGIES)[number];
/** The strategies that pick someone (an `assign` action's strategy cannot be manual). */
export const ASSIGNING_STRATEGIES = ["round_robin", "load_balanced", "skills"] as const;
export type AssigningStrategy = (typeof ASSIGNING_STRATEGIES)[number];

/** When a rule runs: once, on the first message; or on every new message from the customer too. */
export const RULE_RUNS_ON = ["new_conversation", "every_customer_message"] as const;
export type RuleRunsOn = (typeof RULE_RUNS_ON)[number];
/** What happened, as the caller tells `evaluateRules`. */
export type RuleTrigger = "new_conversation" | "customer_message";

export type AddressField = "from" | "to" | "cc";
export type TextField = "subject" | "snippet";

/**
 * One condition of a rule. Address and text comparisons are case-insensitive; `domain` matches the
 * domain and its subdomains ("acme.com" matches "x@acme.com" and "x@eu.acme.com"); `matches` is a
 * pattern in JavaScript syntax run on the linear-time engine (RE2), case-insensitively, anywhere in
 * the text. For `to`/`cc` the condition holds when ANY recipient satisfies it.
 */
export type RuleCondition =
  | { field: AddressField; op: "is" | "domain"; value: string }
  | { field: TextField; op: "contains" | "matches"; value: string }
  | { field: "hasAttachment"; value: boolean }
  | { field: "isReply"; value: boolean }
  | { field: "previousConversations"; op: "at_least" | "at_most"; value: number }
  | { field: "businessHours"; value: boolean }
  | { field: "priority"; op: "is"; value: Priority }
  | { field: "tags"; op: "has"; value: string };

/**
 * An `assign` action names one member; or a group, picked by `strategy` (without one, by the
 * mailbox's strategy, round-robin when that is manual); or a strategy over the mailbox's agents.
 */
export interface AssignAction {
  type: "assign";
  member?: string;
  group?: string[];
  strategy?: AssigningStrategy;
}

/** `spam` closes (resolves) the conversation and tags it SPAM_TAG; `closed` resolves it. */
export type MarkStatus = "closed" | "spam";
/** The tag a `mark: spam` action adds, so spam can be found and reported apart from closed mail. */
export const SPAM_TAG = "spam";

export type RuleAction =
  | { type: "set_priority"; priority: Priority }
  | { type: "add_tags"; tags: string[] }
  | { type: "move_to_mailbox"; mailbox: string }
  | AssignAction
  | { type: "mark"; status: MarkStatus };
export type RuleActionType = RuleAction["type"];

export interface RoutingRule {
  /** Stable slug: stored on every event the rule causes and in the per-rule report. */
  id: string;
  name: string;
  enabled: boolean;
  runOn: RuleRunsOn;
  /** All must hold; an empty list always holds. */
  when: RuleCondition[];
  then: RuleAction[];
  /** Stop evaluating the rules after this one when it fires. */
  stop: boolean;
}

/** A cap per member: total open conversations and open conversations of each priority. */
export interface Capacity {
  maxOpen: number | null;
  perPriority: Partial<Record<Priority, number>>;
}

/** Who takes a departed member's open conversations: the strategy again, or the mailbox's lead. */
export type RebalanceTo = "strategy" | "lead";

/** A mailbox's routing beyond `agents`/`onCall` (api/admin.ts routingSchema), merged in by the API. */
export interface RoutingSettings {
  strategy: Strategy;
  rules: RoutingRule[];
  /** The default cap of each agent in this mailbox; a member's own `maxOpen` overrides `maxOpen`. */
  capacity: Capacity;
  rebalanceTo: RebalanceTo;
  /** Assign at any hour, ignoring working hours and the rota (still never to someone away). */
  anyHour: boolean;
}

/** What a member says about themself (or an admin about them). */
export interface MemberAvailability {
  /** Away (out of office) until this instant; null: not away. */
  awayUntil: number | null;
  /** Their own hours; absent: the mailbox calendar stands in (the same field quiet hours read). */
  workingHours?: BusinessCalendar;
  /** Tags they cover, for skills-based routing (normalised like tags). */
  skills: string[];
  /** Their own cap of open conversations, overriding the mailbox's; null: no cap; absent: mailbox's. */
  maxOpen?: number | null;
}

/** Why a candidate was passed over. */
export const SKIP_REASONS = ["away", "off_shift", "at_capacity", "no_skill", "not_agent"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface Skipped {
  member: string;
  reason: SkipReason;
}

/** What routing records on the events it produces, so every sidebar can say why. */
export interface RoutedBy {
  rule?: { id: string; name: string };
  strategy?: Strategy;
  skipped?: Skipped[];
  /** A rebalance: the member whose conversation this was (away or removed). */
  rebalancedFrom?: string;
}
