// The demo's routing (issue 16): support@ hands new mail round-robin to its four agents at any hour,
// after one rule sends invoices to billing@; sales@ and billing@ stay manual (people claim).
import { mailboxRoutingSchema, type MailboxRouting, type MailboxRoutingInput } from "@baton/shared/api";
import { mailboxById, MAILBOXES } from "./mailboxes";

type Rule = NonNullable<MailboxRoutingInput["rules"]>[number];

/** Invoices: tagged `billing`, high priority, moved to billing@ (where the billing team claims them). */
function invoiceRule(id: string, name: string, field: "subject" | "snippet"): Rule {
  return {
    id,
    name,
    when: [{ field, op: "contains", value: "invoice" }],
    then: [
      { type: "add_tags", tags: ["billing"] },
      { type: "set_priority", priority: "high" },
      { type: "move_to_mailbox", mailbox: "billing" },
    ],
  };
}

/**
 * The conditions of one rule all have to hold, so "the subject or the message text says invoice"
 * is two rules with the same actions; a move ends the run, so at most one of them fires on a message.
 * `contains` ignores case.
 */
const INVOICE_RULES: Rule[] = [
  invoiceRule("invoices", "Invoices", "subject"),
  invoiceRule("invoices-in-text", "Invoices (message text)", "snippet"),
];

/** What support@ adds to its agents and on-call once the history is in (see index.ts). */
const SUPPORT_ROUTES: Omit<MailboxRoutingInput, "agents" | "onCall"> = {
  strategy: "round_robin",
  // The demo is tried at any hour: new mail gets an owner at night and at weekends too.
  anyHour: true,
  rules: INVOICE_RULES,
};

/** "manual": the seeded history is recorded as the team handled it, not re-routed. */
export type RoutingPhase = "manual" | "routed";

/** The whole `routing` of a demo mailbox (PUT /mailboxes/{id}/routing's body) in a phase. */
export function demoRouting(id: string, phase: RoutingPhase): MailboxRouting {
  const { routing } = mailboxById(id);
  const routes = phase === "routed" && id === "support" ? SUPPORT_ROUTES : {};
  return mailboxRoutingSchema.parse({ ...routing, ...routes });
}

/** Every demo mailbox's routing in a phase, by mailbox id. */
export function demoRoutings(phase: RoutingPhase): Array<{ id: string; routing: MailboxRouting }> {
  return MAILBOXES.map(({ id }) => ({ id, routing: demoRouting(id, phase) }));
}
