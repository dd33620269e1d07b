import { CLOCK_KINDS, type ClockKind } from "../conversation/types";
import { domainError, type DomainError } from "../errors";
import { CHANNEL_KINDS, type ChannelKind, type EscalationPolicy, type RecipientRef } from "./types";
import { SETTINGS_LIMITS } from "../limits/settings";

const RECIPIENTS: readonly RecipientRef[] = ["assignee", "leads", "on_call"];
const TRIGGERS = ["warned", "breached", "still_breached"] as const;
const WHEN = ["assigned", "unassigned", "any"] as const;
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
/** A year of business minutes, as for SLA targets. */
const MAX_AFTER_MINUTES = SETTINGS_LIMITS.escalationDelayMinutes.value;
const MAX_RULES = SETTINGS_LIMITS.escalationRules.value;

/**
 * The example, as the default every mailbox starts with: warning -> assignee; unassigned
 * and warning -> on-call; breach -> assignee + leads; still breached 60 business minutes later ->
 * on-call, urgent (so it reaches whoever holds the pager even at night).
 */
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  leads: [],
  rules: [
    { id: "warn-assignee", trigger: "warned", when: "assigned", notify: ["assignee"], channels: ["email"] },
    {
      id: "warn-unassigned",
      trigger: "warned",
      when: "unassigned",
      notify: ["on_call"],
      channels: ["email", "slack", "teams"],
    },
    {
      id: "breach",
      trigger: "breached",
      notify: ["assignee", "leads"],
      channels: ["email", "slack", "teams", "webhook"],
    },
    {
      id: "still-breached",
      trigger: "still_breached",
      afterMinutes: 60,
      notify: ["on_call"],
      channels: ["email", "slack", "teams", "webhook"],
      urgent: true,
    },
  ],
};

function invalid(message: string, field: string): DomainError {
  return domainError("invalid_request", message, { field });
}

function isListOf<T>(value: unknown, allowed: readonly T[]): value is T[] {
  return Array.isArray(value) && value.every((item) => allowed.includes(item as T));
}

function validateEmails(value: unknown, field: string): DomainError | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || !value.every((e) => typeof e === "string" && EMAIL.test(e))) {
    return invalid("List members by their email address.", field);
  }
  return null;
}

function validateRule(raw: unknown, at: string, seen: Set<string>): DomainError | null {
  if (typeof raw !== "object" || raw === null) return invalid("A rule must be an object.", at);
  const rule = raw as Record<string, unknown>;
  const id = rule["id"];
  if (typeof id !== "string" || !RULE_ID.test(id)) {
    return invalid("A rule id is 1-40 lower-case letters, digits or dashes, e.g. breach-lead.", `${at}.id`);
  }
  if (seen.has(id)) return invalid(`Two rules are called "${id}".`, `${at}.id`);
  seen.add(id);
  const trigger = rule["trigger"];
  if (!TRIGGERS.includes(trigger as (typeof TRIGGERS)[number])) {
    return invalid(`A rule fires on ${TRIGGERS.join(", ")}.`, `${at}.trigger`);
  }
  const after = rule["afterMinutes"];
  if (trigger === "still_breached") {
    const ok =
      typeof after === "number" && Number.isInteger(after) && after > 0 && after <= MAX_AFTER_MINUTES;
    if (!ok)
      return invalid("Say after how many business minutes (1 or more) to escalate.", `${at}.afterMinutes`);
  } else if (after !== undefined) {
    return invalid("Only a still-breached rule waits a number of minutes.", `${at}.afterMinutes`);
  }
  if (rule["when"] !== undefined && !WHEN.includes(rule["when"] as (typeof WHEN)[number])) {
    return invalid(`"when" is one of ${WHEN.join(", ")}.`, `${at}.when`);
  }
  if (rule["clocks"] !== undefined && !isListOf<ClockKind>(rule["clocks"], CLOCK_KINDS)) {
    return invalid(`Clocks are ${CLOCK_KINDS.join(", ")}.`, `${at}.clocks`);
  }
  if (!isListOf<RecipientRef>(rule["notify"], RECIPIENTS)) {
    return invalid(`Recipients are ${RECIPIENTS.join(", ")}.`, `${at}.notify`);
  }
  const members = validateEmails(rule["members"], `${at}.members`);
  if (members) return members;
  // Explicit members alone are a valid audience; a rule with neither notifies no one.
  const explicit = Array.isArray(rule["members"]) ? rule["members"].length : 0;
  if (rule["notify"].length === 0 && explicit === 0) {
    return invalid("A rule must notify someone.", `${at}.notify`);
  }
  if (!isListOf<ChannelKind>(rule["channels"], CHANNEL_KINDS) || rule["channels"].length === 0) {
    return invalid(`Pick at least one channel: ${CHANNEL_KINDS.join(", ")}.`, `${at}.channels`);
  }
  if (rule["urgent"] !== undefined && typeof rule["urgent"] !== "boolean") {
    return invalid("urgent is true or false.", `${at}.urgent`);
  }
  return null;
}

/** Checks a policy an admin submitted; null when the planner can use it. */
export function validateEscalationPolicy(policy: EscalationPolicy): DomainError | null {
  const raw = policy as unknown as Record<string, unknown>;
  const rules = raw["rules"];
  if (!Array.isArray(rules)) return invalid("The escalation policy has no rules list.", "rules");
  if (rules.length > MAX_RULES) return invalid(`At most ${MAX_RULES} rules per mailbox.`, "rules");
  const seen = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    const error = validateRule(rule, `rules.${index}`, seen);
    if (error) return error;
  }
  return validateEmails(raw["leads"] ?? [], "leads");
}
