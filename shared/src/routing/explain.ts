import type { ConversationEvent } from "../conversation/types";
import type { RoutedBy, SkipReason, Skipped, Strategy } from "./types";

/** Display names by address ("ana@x.test" → "Ana"); an address without one is shown as it is. */
export type DisplayNames = ReadonlyMap<string, string>;

const STRATEGY_WORDS: Readonly<Record<Strategy, string>> = {
  manual: "hand",
  round_robin: "round-robin",
  load_balanced: "load balancing",
  skills: "skills",
};

const REASON_WORDS: Readonly<Record<SkipReason, string>> = {
  away: "away",
  off_shift: "off shift",
  at_capacity: "at capacity",
  no_skill: "without the skills",
  not_agent: "not an agent",
};

function nameOf(email: string, names: DisplayNames): string {
  return names.get(email) ?? email;
}

/** "billing@acme.test" → "billing@": how a mailbox reads in a one-line explanation. */
export function mailboxLabel(mailbox: string): string {
  const at = mailbox.indexOf("@");
  return at < 0 ? mailbox : mailbox.slice(0, at + 1);
}

/** " (Ben away, Chen at capacity)", or "" when nobody was passed over. */
function passedOver(skipped: readonly Skipped[] | undefined, names: DisplayNames): string {
  if (skipped === undefined || skipped.length === 0) return "";
  return ` (${skipped.map((s) => `${nameOf(s.member, names)} ${REASON_WORDS[s.reason]}`).join(", ")})`;
}

/** " by rule 'Invoices'", " by round-robin", " by round-robin for rule 'VIP'". */
function cause(routedBy: RoutedBy): string {
  const rule = routedBy.rule === undefined ? "" : `rule '${routedBy.rule.name}'`;
  if (routedBy.strategy === undefined) return rule === "" ? "" : ` by ${rule}`;
  const strategy = STRATEGY_WORDS[routedBy.strategy];
  return rule === "" ? ` by ${strategy}` : ` by ${strategy} for ${rule}`;
}

/**
 * The one-line "why" of an event routing produced, or null for any other event (one a person
 * caused explains itself through its actor):
 * "Assigned to Ana by round-robin (Ben away, Chen at capacity)", "Tagged billing by rule 'Invoices'",
 * "Moved to billing@ by rule 'Invoices'", "Priority set to high by rule 'Invoices'",
 * "Closed by rule 'Spam'", "Reassigned from Ben to Ana by round-robin (Chen off shift)".
 */
export function explainRoutedEvent(event: ConversationEvent, names: DisplayNames = new Map()): string | null {
  if (!("routedBy" in event) || event.routedBy === undefined) return null;
  const by = event.routedBy;
  switch (event.type) {
    case "assigned": {
      const to = nameOf(event.assignee, names);
      const verb =
        by.rebalancedFrom === undefined
          ? `Assigned to ${to}`
          : `Reassigned from ${nameOf(by.rebalancedFrom, names)} to ${to}`;
      return `${verb}${cause(by)}${passedOver(by.skipped, names)}`;
    }
    case "tag_added":
      return `Tagged ${event.tag}${cause(by)}`;
    case "priority_changed":
      return `Priority set to ${event.to}${cause(by)}`;
    case "status_changed":
      return `${event.to === "resolved" ? "Closed" : `Set to ${event.to}`}${cause(by)}`;
    case "mailbox_moved":
      return `Moved to ${mailboxLabel(event.to)}${cause(by)}`;
    case "routing_waited":
      return explainWaiting(by.skipped ?? [], names);
  }
}

/** "Waiting: nobody available (Ana off shift, Ben away)"; "Waiting: no agents" with no candidates. */
export function explainWaiting(skipped: readonly Skipped[], names: DisplayNames = new Map()): string {
  if (skipped.length === 0) return "Waiting: no agents to assign it to";
  return `Waiting: nobody available${passedOver(skipped, names)}`;
}
