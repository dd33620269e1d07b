import type { QueueItem } from "@baton/shared";
import { ACTIONS } from "./actions";
import {
  HOME_MAX_MAILBOXES,
  HOME_MAX_ROWS,
  HOME_MAX_ROWS_PER_LIST,
  HOME_SUBJECT_BYTES,
  LINE_BYTES,
} from "./limits";
import type { Card, CardSection, CardWidget } from "./model";
import { CLOCK_TONE_TO_CARD } from "./sidebar-view";
import { fitText } from "./text-budget";

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
    text: fitText(item.subject, HOME_SUBJECT_BYTES),
    bold: item.tone === "breached",
    tone: isUrgent(item) ? CLOCK_TONE_TO_CARD[item.tone] : "neutral",
    bottomLabel:
      item.nextDeadline === null ? "No deadline running" : fitText(context.deadlineText(item), LINE_BYTES),
  };
}

function listWidgets(
  title: string,
  items: QueueItem[],
  context: HomepageContext,
  maxRows: number,
): CardWidget[] {
  const urgent = items.filter(isUrgent).length;
  const widgets: CardWidget[] = [
    {
      kind: "textParagraph",
      text: `${title}: ${items.length}${urgent > 0 ? ` · ${urgent} breaching soon or breached` : ""}`,
      tone: urgent > 0 ? "danger" : "neutral",
      bold: true,
    },
  ];
  for (const item of items.slice(0, maxRows)) widgets.push(entryWidget(item, context));
  if (items.length > maxRows) {
    widgets.push({ kind: "textParagraph", text: `and ${items.length - maxRows} more`, tone: "muted" });
  }
  return widgets;
}

/**
 * The card Gmail shows when no message is open: my queue and the unassigned queue per mailbox. The
 * first HOME_MAX_MAILBOXES mailboxes share HOME_MAX_ROWS rows (8 per list for one or two mailboxes,
 * fewer for more); the rest are counted, so the card stays under Google's limits for any team.
 */
export function buildHomepageCard(queues: MailboxQueues[], context: HomepageContext): Card {
  const shown = queues.slice(0, HOME_MAX_MAILBOXES);
  const maxRows = Math.min(
    HOME_MAX_ROWS_PER_LIST,
    Math.floor(HOME_MAX_ROWS / (2 * Math.max(1, shown.length))),
  );
  const sections: CardSection[] = shown.map((queue) => ({
    header: fitText(queue.mailbox, LINE_BYTES),
    widgets: [
      ...listWidgets("Mine", queue.mine, context, maxRows),
      { kind: "divider" },
      ...listWidgets("Unassigned", queue.unassigned, context, maxRows),
    ],
  }));
  const hiddenMailboxes = queues.length - shown.length;
  if (hiddenMailboxes > 0) {
    sections.push({
      widgets: [
        {
          kind: "textParagraph",
          text: `and ${hiddenMailboxes} more ${hiddenMailboxes === 1 ? "mailbox" : "mailboxes"}: open a message from one to work it`,
          tone: "muted",
        },
      ],
    });
  }
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
