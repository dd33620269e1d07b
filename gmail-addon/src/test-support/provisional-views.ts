/**
 * PROVISIONAL fixtures until shared's sidebarView lands: then the card tests build their views from
 * real domain objects through sidebarView, and this file goes away.
 */
import type { SidebarView } from "../cards/sidebar-view";

export function sampleView(overrides: Partial<SidebarView> = {}): SidebarView {
  return {
    conversationKey: "k1",
    subject: "Refund for order #1042",
    mailbox: "support@demo.baton.test",
    status: "open",
    priority: "high",
    tags: ["billing"],
    owner: { email: null, name: null, isMe: false, line: "Unassigned" },
    actions: {
      claim: true,
      release: false,
      assign: true,
      setStatus: true,
      setPriority: true,
      tag: true,
      note: true,
    },
    clocks: [
      {
        kind: "first_response",
        label: "First reply",
        state: "running",
        tone: "ok",
        dueAt: 0,
        text: "Reply due in 42m",
      },
    ],
    notes: [],
    presence: [],
    members: [
      { email: "ana@demo.baton.test", name: "Ana" },
      { email: "ben@demo.baton.test", name: "Ben" },
    ],
    ...overrides,
  };
}
