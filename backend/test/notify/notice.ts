import type { SlaNotice } from "../../src/notify/types";

export function notice(change: Partial<SlaNotice> = {}): SlaNotice {
  return {
    org: "acme",
    mailboxId: "support",
    conversationKey: "c_abc0123456",
    eventId: "sla.c_abc0123456.first_response.1.breached",
    kind: "breached",
    clock: "first_response",
    cycle: 1,
    dueAt: Date.UTC(2026, 2, 30, 10, 0),
    level: null,
    subject: "Invoice <42> & refund",
    assignee: "ana@team.example",
    recipients: ["ana@team.example", "lena@team.example"],
    skipped: [],
    channels: ["email", "slack", "teams", "webhook"],
    at: Date.UTC(2026, 2, 30, 10, 0, 1),
    timeZone: "Europe/Amsterdam",
    ...change,
  };
}
