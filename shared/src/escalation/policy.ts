import { CLOCK_KINDS, type ClockKind } from "../conversation/types";
import { domainError, type DomainError, type ErrorKey, type ErrorParams } from "../errors";
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

function invalid(key: ErrorKey, field: string, params: ErrorParams = {}): DomainError {
  return domainError("invalid_request", key, params, { field });
}

function isListOf<T>(value: unknown, allowed: readonly T[]): value is T[] {
  return Array.isArray(value) && value.every((item) => allowed.includes(item as T));
}

function validateEmails(value: unknown, field: string): DomainError | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || !value.every((e) => typeof e === "string" && EMAIL.test(e))) {
    return invalid("errors.escalationMembers", field);
  }
  return null;
}

function validateRule(raw: unknown, at: string, seen: Set<string>): DomainError | null {
  if (typeof raw !== "object" || raw === null) return invalid("errors.escalationRuleObject", at);
  const rule = raw as Record<string, unknown>;
  const id = rule["id"];
  if (typeof id !== "string" || !RULE_ID.test(id)) {
    return invalid("errors.escalationRuleId", `${at}.id`);
  }
  if (seen.has(id)) return invalid("errors.escalationRuleTwice", `${at}.id`, { id });
  seen.add(id);
  const trigger = rule["trigger"];
  if (!TRIGGERS.includes(trigger as (typeof TRIGGERS)[number])) {
    return invalid("errors.escalationTrigger", `${at}.trigger`, { triggers: TRIGGERS.join(", ") });
  }
  const after = rule["afterMinutes"];
  if (trigger === "still_breached") {
    const ok =
      typeof after === "number" && Number.isInteger(after) && after > 0 && after <= MAX_AFTER_MINUTES;
    if (!ok) return invalid("errors.escalationAfter", `${at}.afterMinutes`);
  } else if (after !== undefined) {
    return invalid("errors.escalationAfterOnly", `${at}.afterMinutes`);
  }
  if (rule["when"] !== undefined && !WHEN.includes(rule["when"] as (typeof WHEN)[number])) {
    return invalid("errors.escalationWhen", `${at}.when`, { values: WHEN.join(", ") });
  }
  if (rule["clocks"] !== undefined && !isListOf<ClockKind>(rule["clocks"], CLOCK_KINDS)) {
    return invalid("errors.escalationClocks", `${at}.clocks`, { values: CLOCK_KINDS.join(", ") });
  }
  if (!isListOf<RecipientRef>(rule["notify"], RECIPIENTS)) {
    return invalid("errors.escalationRecipients", `${at}.notify`, { values: RECIPIENTS.join(", ") });
  }
  const members = validateEmails(rule["members"], `${at}.members`);
  if (members) return members;
  // Explicit members alone are a valid audience; a rule with neither notifies no one.
  const explicit = Array.isArray(rule["members"]) ? rule["members"].length : 0;
  if (rule["notify"].length === 0 && explicit === 0) {
    return invalid("errors.escalationNobody", `${at}.notify`);
  }
  if (!isListOf<ChannelKind>(rule["channels"], CHANNEL_KINDS) || rule["channels"].length === 0) {
    return invalid("errors.escalationChannels", `${at}.channels`, { values: CHANNEL_KINDS.join(", ") });
  }
  if (rule["urgent"] !== undefined && typeof rule["urgent"] !== "boolean") {
    return invalid("errors.escalationUrgent", `${at}.urgent`);
  }
  return null;
}

/** Checks a policy an admin submitted; null when the planner can use it. */
export function validateEscalationPolicy(policy: EscalationPolicy): DomainError | null {
  const raw = policy as unknown as Record<string, unknown>;
  const rules = raw["rules"];
  if (!Array.isArray(rules)) return invalid("errors.escalationNoRules", "rules");
  if (rules.length > MAX_RULES) return invalid("errors.escalationTooManyRules", "rules", { max: MAX_RULES });
  const seen = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    const error = validateRule(rule, `rules.${index}`, seen);
    if (error) return error;
  }
  return validateEmails(raw["leads"] ?? [], "leads");
}
