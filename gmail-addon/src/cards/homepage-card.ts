import type { RenderContext } from "./contextual-card";
import { ACTIONS } from "./actions";
import { PRIORITY_LABELS } from "./labels";
import type { Card, CardSection, CardWidget } from "./model";
import { gmailDeadlineText, type QueueEntry } from "./sidebar-view";

export const HOMEPAGE_CARD_NAME = "baton-home";

/** What the homepage shows per mailbox, each list already ordered by next deadline by the backend. */
export interface MailboxQueues {
  mailbox: string;
  mine: QueueEntry[];
  unassigned: QueueEntry[];
}

/** Rows past this many per list are summarised, keeping the card short enough to scan. */
const MAX_ROWS = 8;

function entryWidget(entry: QueueEntry, context: RenderContext): CardWidget {
  const clock = entry.nextClock;
  return {
    kind: "decoratedText",
    topLabel: PRIORITY_LABELS[entry.priority],
    text: entry.subject,
    bold: clock?.tone === "danger",
    bottomLabel:
      clock === null ? "No running SLA" : gmailDeadlineText(clock, context.nowMs, context.timeZone),
  };
}

function listWidgets(title: string, entries: QueueEntry[], context: RenderContext): CardWidget[] {
  const breaching = entries.filter(
    (e) => e.nextClock !== null && e.nextClock.tone !== "ok" && e.nextClock.tone !== "muted",
  );
  const widgets: CardWidget[] = [
    {
      kind: "textParagraph",
      text: `${title}: ${entries.length}${breaching.length > 0 ? ` (${breaching.length} breaching soon or breached)` : ""}`,
      tone: breaching.length > 0 ? "danger" : "neutral",
    },
  ];
  for (const entry of entries.slice(0, MAX_ROWS)) widgets.push(entryWidget(entry, context));
  if (entries.length > MAX_ROWS) {
    widgets.push({ kind: "textParagraph", text: `and ${entries.length - MAX_ROWS} more`, tone: "muted" });
  }
  return widgets;
}

/** The card Gmail shows when no message is open: my queue and the unassigned queue per mailbox. */
export function buildHomepageCard(queues: MailboxQueues[], context: RenderContext): Card {
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
        {
          kind: "textParagraph",
          text: "You are not in any shared mailbox yet. Ask your Baton admin to add you.",
        },
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
    header: { title: "Baton", subtitle: "Open a message to claim it" },
    sections,
  };
}
