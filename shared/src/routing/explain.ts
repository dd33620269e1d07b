import type { ConversationEvent } from "../conversation/types";
import type { Translator } from "../i18n/translator";
import { englishTranslator } from "../view/english";
import type { RoutedBy, Skipped } from "./types";

/** Display names by address ("ana@x.test" → "Ana"); an address without one is shown as it is. */
export type DisplayNames = ReadonlyMap<string, string>;

function nameOf(email: string, names: DisplayNames): string {
  return names.get(email) ?? email;
}

/** "billing@acme.test" → "billing@": how a mailbox reads in a one-line explanation. */
export function mailboxLabel(mailbox: string): string {
  const at = mailbox.indexOf("@");
  return at < 0 ? mailbox : mailbox.slice(0, at + 1);
}

/** " (Ben away, Chen at capacity)", or "" when nobody was passed over. */
function passedOver(skipped: readonly Skipped[] | undefined, names: DisplayNames, t: Translator): string {
  if (skipped === undefined || skipped.length === 0) return "";
  const each = skipped.map((s) =>
    t.t("view.reasonSkipped", { name: nameOf(s.member, names), why: s.reason }),
  );
  return ` (${each.join(", ")})`;
}

/** " by rule 'Invoices'", " by round-robin", " by round-robin for rule 'VIP'". */
function cause(routedBy: RoutedBy, t: Translator): string {
  const rule = routedBy.rule?.name;
  const strategy = routedBy.strategy;
  if (strategy === undefined) return rule === undefined ? "" : ` ${t.t("view.reasonByRule", { rule })}`;
  return rule === undefined
    ? ` ${t.t("view.reasonByStrategy", { strategy })}`
    : ` ${t.t("view.reasonByStrategyForRule", { strategy, rule })}`;
}

/**
 * The one-line "why" of an event routing produced, or null for any other event (one a person
 * caused explains itself through its actor), said by `t` (English when absent):
 * "Assigned to Ana by round-robin (Ben away, Chen at capacity)", "Tagged billing by rule 'Invoices'",
 * "Moved to billing@ by rule 'Invoices'", "Priority set to high by rule 'Invoices'",
 * "Closed by rule 'Spam'", "Reassigned from Ben to Ana by round-robin (Chen off shift)".
 */
export function explainRoutedEvent(
  event: ConversationEvent,
  names: DisplayNames = new Map(),
  t: Translator = englishTranslator(),
): string | null {
  if (!("routedBy" in event) || event.routedBy === undefined) return null;
  const by = event.routedBy;
  const why = (reason: string) => `${reason}${cause(by, t)}`;
  switch (event.type) {
    case "assigned": {
      const to = nameOf(event.assignee, names);
      const verb =
        by.rebalancedFrom === undefined
          ? t.t("view.reasonAssigned", { to })
          : t.t("view.reasonReassigned", { from: nameOf(by.rebalancedFrom, names), to });
      return `${why(verb)}${passedOver(by.skipped, names, t)}`;
    }
    case "tag_added":
      return why(t.t("view.reasonTagged", { tag: event.tag }));
    case "priority_changed":
      return why(t.t("view.reasonPriority", { priority: event.to }));
    case "status_changed":
      return why(
        event.to === "resolved" ? t.t("view.reasonClosed") : t.t("view.reasonStatus", { status: event.to }),
      );
    case "mailbox_moved":
      return why(t.t("view.reasonMoved", { mailbox: mailboxLabel(event.to) }));
    case "routing_waited":
      return explainWaiting(by.skipped ?? [], names, t);
  }
}

/** "Waiting: nobody available (Ana off shift, Ben away)"; "Waiting: no agents" with no candidates. */
export function explainWaiting(
  skipped: readonly Skipped[],
  names: DisplayNames = new Map(),
  t: Translator = englishTranslator(),
): string {
  if (skipped.length === 0) return t.t("view.reasonWaitingNoAgents");
  return `${t.t("view.reasonWaiting")}${passedOver(skipped, names, t)}`;
}
