import type { QueueItem } from "@baton/shared";
import { ACTIONS } from "./actions";
import type { Card, CardSection, CardWidget } from "./model";
import { CLOCK_TONE_TO_CARD } from "./sidebar-view";

export const HOMEPAGE_CARD_NAME = "baton-home";

/** What the homepage shows per mailbox, each list already ordered by next deadline by the backend. */
export interface MailboxQueues {
  mailbox: string;
  mine: QueueItem[];
  unassigned: QueueItem[];
}

export interface HomepageContext {
  /** Renders a queue row's deadline the Gmail way ("Reply by 14:30 — 42m left") as of now. */
  deadlineText: (item: QueueItem) => string;
}

/** Rows past this many per list are summarised, keeping the card short enough to scan. */
const MAX_ROWS = 8;

const PRIORITY_LABELS: Record<QueueItem["priority"], string> = {
  low: "Low",
  normal: "Normal",
  high: "High",
  urgent: "Urgent",
};

function isUrgent(item: QueueItem): boolean {
  return item.tone === "warning" || item.tone === "breached";
}

function entryWidget(item: QueueItem, context: HomepageContext): CardWidget {
  return {
    kind: "decoratedText",
    topLabel: PRIORITY_LABELS[item.priority],
    text: item.subject,
    bold: item.tone === "breached",
    tone: isUrgent(item) ? CLOCK_TONE_TO_CARD[item.tone] : "neutral",
    bottomLabel: item.nextDeadline === null ? "No deadline running" : context.deadlineText(item),
  };
}

function listWidgets(title: string, items: QueueItem[], context: HomepageContext): CardWidget[] {
  const urgent = items.filter(isUrgent).length;
  const widgets: CardWidget[] = [
    {
      kind: "textParagraph",
      text: `${title}: ${items.length}${urgent > 0 ? ` · ${urgent} breaching soon or breached` : ""}`,
      tone: urgent > 0 ? "danger" : "neutral",
      bold: true,
    },
  ];
  for (const item of items.slice(0, MAX_ROWS)) widgets.push(entryWidget(item, context));
  if (items.length > MAX_ROWS) {
    widgets.push({ kind: "textParagraph", text: `and ${items.length - MAX_ROWS} more`, tone: "muted" });
  }
  return widgets;
}

/** The card Gmail shows when no message is open: my queue and the unassigned queue per mailbox. */
export function buildHomepageCard(queues: MailboxQueues[], context: HomepageContext): Card {
  const sections: CardSection[] = queues.map((queue) => ({
    header: queue.mailbox,
    widgets: [
      ...listWidgets("Mine", queue.mine, context),
      { kind: "divider" },
      ...listWidgets("Unassigned", queue.unassigned, context),
    ],
  }));
  if (sections.length === 0) {
    sections.push({
      widgets: [
        { kind: "textParagraph", text: "Nothing open in your team's mailboxes. Open a message to claim it." },
      ],
    });
  }
  sections.push({
    widgets: [
      {
        kind: "buttonList",
        buttons: [
          { text: "Refresh", action: { functionName: ACTIONS.refresh, parameters: { card: "homepage" } } },
        ],
      },
    ],
  });
  return {
    name: HOMEPAGE_CARD_NAME,
    header: { title: "Baton", subtitle: "Your queue, by next deadline" },
    sections,
  };
}

/** Groups the two queue lists by mailbox, keeping the backend's deadline order within each. */
export function groupQueues(mine: QueueItem[], unassigned: QueueItem[]): MailboxQueues[] {
  const byMailbox = new Map<string, MailboxQueues>();
  const entry = (mailbox: string): MailboxQueues => {
    let found = byMailbox.get(mailbox);
    if (found === undefined) {
      found = { mailbox, mine: [], unassigned: [] };
      byMailbox.set(mailbox, found);
    }
    return found;
  };
  for (const item of mine) entry(item.mailbox).mine.push(item);
  for (const item of unassigned) entry(item.mailbox).unassigned.push(item);
  return [...byMailbox.values()].sort((a, b) => a.mailbox.localeCompare(b.mailbox));
}
