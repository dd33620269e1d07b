/** A SidebarView as the backend would send it, for component and controller tests. */
import type { ClockView, SidebarView } from "../taskpane/view";

const ASOF = Date.UTC(2026, 2, 9, 10, 0, 0);

export function clockFixture(overrides: Partial<ClockView> = {}): ClockView {
  return {
    kind: "first_response",
    label: "First reply",
    cycle: 1,
    state: "running",
    tone: "ok",
    dueAt: ASOF + 42 * 60_000,
    warnAt: ASOF + 30 * 60_000,
    leftMs: 42 * 60_000,
    usedMs: 18 * 60_000,
    targetMs: 60 * 60_000,
    stoppedAt: null,
    pausedReason: null,
    resumesAt: null,
    snoozedUntil: null,
    asOf: ASOF,
    text: "Reply by 10:42 — 42 min left",
    deadlineText: "Reply by 10:42 — 42 min left",
    ...overrides,
  };
}

export function viewFixture(overrides: Partial<SidebarView> = {}): SidebarView {
  return {
    key: "c_0123456789abcdef",
    subject: "Refund for order 1042",
    mailbox: "support@demo.baton.test",
    timeZone: "Europe/Amsterdam",
    asOf: ASOF,
    ownerLine: "Unclaimed",
    ownerEmail: null,
    ownerName: null,
    ownedByMe: false,
    status: "open",
    statusLabel: "Open",
    snoozedUntil: null,
    priority: "normal",
    priorityLabel: "Normal",
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
        { value: "normal", label: "Normal", current: true },
        { value: "high", label: "High", current: false },
        { value: "urgent", label: "Urgent", current: false },
      ],
      tag: true,
      note: true,
    },
    presenceLine: null,
    presence: [],
    clocks: [clockFixture()],
    nextDeadline: ASOF + 42 * 60_000,
    notes: [],
    ...overrides,
  };
}
