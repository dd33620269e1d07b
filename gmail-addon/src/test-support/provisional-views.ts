/**
 * PROVISIONAL fixtures until shared's sidebarView lands: then the card tests build their views from
 * real domain objects through sidebarView, and this file goes away.
 */
import type { SidebarView } from "../cards/sidebar-view";

export function sampleView(overrides: Partial<SidebarView> = {}): SidebarView {
  return {
    key: "c_0123456789abcdef",
    subject: "Refund for order #1042",
    mailbox: "support@demo.baton.test",
    timeZone: "UTC",
    asOf: 0,
    ownerLine: "Unclaimed",
    ownerEmail: null,
    ownedByMe: false,
    status: "open",
    statusLabel: "Open",
    snoozedUntil: null,
    priority: "high",
    priorityLabel: "High",
    tags: ["billing"],
    buttons: {
      claim: true,
      release: false,
      assign: true,
      assignees: [
        { email: "ana@demo.baton.test", name: "Ana" },
        { email: "ben@demo.baton.test", name: "Ben" },
      ],
      status: [
        { value: "open", label: "Open", current: true, needsUntil: false },
        { value: "pending", label: "Waiting on customer", current: false, needsUntil: false },
        { value: "snoozed", label: "Snoozed", current: false, needsUntil: true },
        { value: "resolved", label: "Resolved", current: false, needsUntil: false },
      ],
      priority: [
        { value: "low", label: "Low", current: false },
        { value: "high", label: "High", current: true },
      ],
      tag: true,
      note: true,
    },
    presenceLine: null,
    presence: [],
    clocks: [],
    nextDeadline: null,
    notes: [],
    ...overrides,
  };
}
