import type { QueueItem } from "@baton/shared";
import type { MessageKey, Translator } from "@baton/shared/i18n";
import { ACTIONS, FIELDS, type AwayChoice } from "./actions";
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

/** What the homepage shows: my work first, then each mailbox's unassigned queue. */
export interface HomepageQueues {
  /** Assigned to me or mentioning me, one row per conversation, by next deadline. */
  myWork: QueueItem[];
  /** Unassigned per mailbox, each in the backend's deadline order. */
  unassigned: Array<{ mailbox: string; items: QueueItem[] }>;
  /**
   * The conversations in myWork with a note mentioning me that I have not read (GET /queue?mentions=me):
   * their rows say so, and their Open marks the mentions read, so they leave the list once seen.
   */
  unreadMentions?: ReadonlySet<string>;
}

export interface HomepageContext {
  /** The reader's language (their member setting, else Gmail's userLocale). */
  tr: Translator;
  /** Renders a queue row's deadline the Gmail way ("Reply by 14:30 — 42m left") as of now. */
  deadlineText: (item: QueueItem) => string;
  /** "As of 10:42" in the reader's zone: the card's countdowns are true at that instant. */
  asOfText: string;
  /**
   * The reader's "away until" (awayLine: "You are away until Tue 09:00", null: not away); absent
   * when it could not be read, and then the card has no Availability section.
   */
  away?: { line: string | null };
}

function awayButton(text: string, until: AwayChoice) {
  return { text, action: { functionName: ACTIONS.setAway, parameters: { until } } };
}

/** Away: the sentence with Clear. Not away: a date-time picker, Set away and Until tomorrow morning. */
function availabilitySection(away: { line: string | null }, tr: Translator): CardSection {
  if (away.line !== null)
    return {
      header: tr.t("gmail.availability"),
      widgets: [
        {
          kind: "decoratedText",
          text: fitText(away.line, LINE_BYTES),
          bold: true,
          button: awayButton(tr.t("gmail.awayClear"), "clear"),
        },
      ],
    };
  return {
    header: tr.t("gmail.availability"),
    widgets: [
      { kind: "dateTimePicker", name: FIELDS.awayUntil, label: tr.t("gmail.awayUntil") },
      {
        kind: "buttonList",
        buttons: [
          { ...awayButton(tr.t("gmail.setAway"), "picked"), filled: true },
          awayButton(tr.t("gmail.awayMorning"), "morning"),
        ],
      },
      {
        kind: "textParagraph",
        text: tr.t("gmail.awayHint"),
        tone: "muted",
      },
    ],
  };
}

const PRIORITY_LABELS: Record<QueueItem["priority"], MessageKey<"gmail">> = {
  low: "gmail.priorityLow",
  normal: "gmail.priorityNormal",
  high: "gmail.priorityHigh",
  urgent: "gmail.priorityUrgent",
};

function isUrgent(item: QueueItem): boolean {
  return item.tone === "warning" || item.tone === "breached";
}

function entryWidget(item: QueueItem, context: HomepageContext, mention = false): CardWidget {
  const { tr } = context;
  const priority = tr.t(PRIORITY_LABELS[item.priority]);
  return {
    // One click opens the conversation's card over the homepage (Gmail shows a back arrow).
    button: {
      text: tr.t("gmail.open"),
      action: {
        functionName: mention ? ACTIONS.openMention : ACTIONS.openConversation,
        parameters: { key: item.key },
      },
    },
    kind: "decoratedText",
    topLabel: mention ? tr.t("gmail.mentionsYou", { priority }) : priority,
    text: fitText(item.subject, HOME_SUBJECT_BYTES),
    bold: item.tone === "breached",
    tone: isUrgent(item) ? CLOCK_TONE_TO_CARD[item.tone] : "neutral",
    bottomLabel:
      item.nextDeadline === null ? tr.t("gmail.noDeadline") : fitText(context.deadlineText(item), LINE_BYTES),
  };
}

function listWidgets(
  title: string,
  items: QueueItem[],
  context: HomepageContext,
  maxRows: number,
  unreadMentions: ReadonlySet<string> = new Set(),
): CardWidget[] {
  const { tr } = context;
  const urgent = items.filter(isUrgent).length;
  const widgets: CardWidget[] = [
    {
      kind: "textParagraph",
      text:
        urgent > 0
          ? tr.t("gmail.listCountUrgent", { title, count: items.length, urgent })
          : tr.t("gmail.listCount", { title, count: items.length }),
      tone: urgent > 0 ? "danger" : "neutral",
      bold: true,
    },
  ];
  for (const item of items.slice(0, maxRows))
    widgets.push(entryWidget(item, context, unreadMentions.has(item.key)));
  if (items.length > maxRows) {
    widgets.push({
      kind: "textParagraph",
      text: tr.t("gmail.more", { count: items.length - maxRows }),
      tone: "muted",
    });
  }
  return widgets;
}

/** Assigned to me and mentioning me as one list: each conversation once, by next deadline (none last). */
export function mergeMyWork(assigned: QueueItem[], mentioned: QueueItem[]): QueueItem[] {
  const byKey = new Map<string, QueueItem>();
  for (const item of [...assigned, ...mentioned]) if (!byKey.has(item.key)) byKey.set(item.key, item);
  const deadline = (item: QueueItem) => item.nextDeadline ?? Number.POSITIVE_INFINITY;
  return [...byKey.values()].sort((a, b) => deadline(a) - deadline(b) || a.key.localeCompare(b.key));
}

/** Groups the unassigned queue by mailbox, keeping the backend's deadline order within each. */
export function groupByMailbox(items: QueueItem[]): Array<{ mailbox: string; items: QueueItem[] }> {
  const byMailbox = new Map<string, QueueItem[]>();
  for (const item of items) {
    const list = byMailbox.get(item.mailbox) ?? [];
    list.push(item);
    byMailbox.set(item.mailbox, list);
  }
  return [...byMailbox.entries()]
    .map(([mailbox, list]) => ({ mailbox, items: list }))
    .sort((a, b) => a.mailbox.localeCompare(b.mailbox));
}

/**
 * The card Gmail shows when no message is open: "My work" (assigned to me or mentioning me, by next
 * deadline, each one click from its card), then the unassigned queue of the first HOME_MAX_MAILBOXES
 * mailboxes; the rows share HOME_MAX_ROWS (at most 8 a list), the rest are counted, so the card stays
 * under Google's limits for any team.
 */
export function buildHomepageCard(queues: HomepageQueues, context: HomepageContext): Card {
  const { tr } = context;
  const shown = queues.unassigned.slice(0, HOME_MAX_MAILBOXES);
  const maxRows = Math.min(
    HOME_MAX_ROWS_PER_LIST,
    Math.floor((HOME_MAX_ROWS - HOME_MAX_ROWS_PER_LIST) / Math.max(1, shown.length)),
  );
  const sections: CardSection[] = [
    {
      header: tr.t("gmail.myWork"),
      widgets:
        queues.myWork.length === 0
          ? [{ kind: "textParagraph", text: tr.t("gmail.myWorkEmpty"), tone: "muted" }]
          : listWidgets(
              tr.t("gmail.myWorkList"),
              queues.myWork,
              context,
              HOME_MAX_ROWS_PER_LIST,
              queues.unreadMentions,
            ),
    },
    ...shown.map((queue): CardSection => ({
      header: fitText(queue.mailbox, LINE_BYTES),
      widgets: listWidgets(tr.t("gmail.unassigned"), queue.items, context, maxRows),
    })),
  ];
  const hiddenMailboxes = queues.unassigned.length - shown.length;
  if (hiddenMailboxes > 0) {
    sections.push({
      widgets: [
        {
          kind: "textParagraph",
          text: tr.t("gmail.moreMailboxes", { count: hiddenMailboxes }),
          tone: "muted",
        },
      ],
    });
  }
  if (context.away !== undefined) sections.push(availabilitySection(context.away, tr));
  sections.push({
    widgets: [
      {
        kind: "buttonList",
        buttons: [
          {
            text: tr.t("gmail.refresh"),
            action: { functionName: ACTIONS.refresh, parameters: { card: "homepage" } },
          },
        ],
      },
      { kind: "textParagraph", text: context.asOfText, tone: "muted" },
    ],
  });
  return {
    name: HOMEPAGE_CARD_NAME,
    header: { title: tr.t("gmail.appName"), subtitle: tr.t("gmail.homeSubtitle") },
    sections,
  };
}
