import { formatWhen, gmailDeadlineText, ownerLine } from "@baton/shared/view";
import { ACTIONS, FIELDS } from "./actions";
import {
  ASSIGNEE_NAME_BYTES,
  HEADER_TEXT_BYTES,
  LINE_BYTES,
  MAX_ASSIGNEE_ITEMS,
  MAX_CLOCK_ROWS,
  MAX_REASON_ROWS,
} from "./limits";
import type { Card, CardAction, CardButton, CardSection, CardWidget } from "./model";
import { notesSection } from "./notes-card";
import { CLOCK_TONE_TO_CARD, type SidebarView } from "./sidebar-view";
import { fitText } from "./text-budget";

export const CONTEXTUAL_CARD_NAME = "baton-conversation";

/** Who reads the card: times on it are written in their zone (the event's `timeZone.id`). */
export interface CardReader {
  timeZone: string;
}

/**
 * "As of 10:42": a card never ticks, so it says when its countdowns were true. A local sentence
 * until shared/src/view has one (it moves there with the other clock sentences).
 */
export function asOfText(asOf: number, timeZone: string): string {
  return `As of ${formatWhen(asOf, asOf, timeZone)}`;
}

function action(functionName: string, key: string): CardAction {
  return { functionName, parameters: { key } };
}

function button(text: string, functionName: string, key: string, filled = false): CardButton {
  return { text, action: action(functionName, key), filled };
}

/**
 * The served owner line is on the mailbox's clock; re-worded on the reader's ("Ana, since 12:50
 * Amsterdam · 06:50 your time") when the view says since when, as the deadlines are.
 */
function readerOwnerLine(view: SidebarView, reader: CardReader): string {
  if (view.ownerEmail === null || view.ownerSince === undefined || view.ownerSince === null)
    return view.ownerLine;
  const owner = view.ownedByMe ? view.ownerEmail : "";
  return ownerLine(
    { assignee: view.ownerEmail, assignedAt: view.ownerSince },
    owner,
    () => view.ownerName ?? view.ownerEmail ?? "",
    view.asOf,
    { mailboxZone: view.timeZone, readerZone: reader.timeZone },
  );
}

function ownerSection(view: SidebarView, reader: CardReader): CardSection {
  const widgets: CardWidget[] = [
    {
      kind: "decoratedText",
      topLabel: "Owner",
      text: fitText(readerOwnerLine(view, reader), LINE_BYTES),
      bold: true,
    },
  ];
  widgets.push(...reasonWidgets(view.reasons ?? []));
  if (view.presenceLine !== null) {
    const replying = view.presence.some((entry) => entry.state === "replying");
    widgets.push({
      kind: "textParagraph",
      text: fitText(view.presenceLine, LINE_BYTES),
      tone: replying ? "warning" : "muted",
    });
  }
  // The customer's survey answer for this cycle (issue 17).
  if (view.csatLine !== undefined && view.csatLine !== null)
    widgets.push({ kind: "textParagraph", text: fitText(view.csatLine, LINE_BYTES), tone: "muted" });
  const buttons: CardButton[] = [];
  if (view.buttons.claim) buttons.push(button("Claim", ACTIONS.claim, view.key, true));
  if (view.buttons.release) buttons.push(button("Release", ACTIONS.release, view.key));
  // Cards never tick or refresh themselves: Refresh is how a reader gets a fresh countdown, and the
  // "as of" line says how old the one shown is.
  buttons.push(button("Refresh", ACTIONS.refresh, view.key));
  widgets.push({ kind: "buttonList", buttons });
  widgets.push({ kind: "textParagraph", text: asOfText(view.asOf, reader.timeZone), tone: "muted" });
  return { widgets };
}

/** Why routing gave the owner and tags, one line each under the owner; past MAX_REASON_ROWS, counted. */
function reasonWidgets(reasons: readonly string[]): CardWidget[] {
  const widgets: CardWidget[] = reasons
    .slice(0, MAX_REASON_ROWS)
    .map((reason) => ({ kind: "textParagraph", text: fitText(reason, LINE_BYTES), tone: "muted" }));
  const more = reasons.length - MAX_REASON_ROWS;
  if (more > 0)
    widgets.push({ kind: "textParagraph", text: `and ${more} more routing reasons`, tone: "muted" });
  return widgets;
}

function clockSection(view: SidebarView, reader: CardReader): CardSection | null {
  if (view.clocks.length === 0) return null;
  const widgets = view.clocks.slice(0, MAX_CLOCK_ROWS).map((clock): CardWidget => {
    const tone = CLOCK_TONE_TO_CARD[clock.tone];
    return {
      kind: "decoratedText",
      topLabel: fitText(clock.label, LINE_BYTES),
      // Re-worded in the reader's zone at the view's instant: the served text is in the mailbox's.
      text: fitText(
        gmailDeadlineText(clock, view.asOf, {
          mailboxZone: view.timeZone,
          readerZone: reader.timeZone,
        }),
        LINE_BYTES,
      ),
      tone,
      bold: tone === "danger",
    };
  });
  const more = view.clocks.length - MAX_CLOCK_ROWS;
  if (more > 0) widgets.push({ kind: "textParagraph", text: `and ${more} more`, tone: "muted" });
  return { header: "SLA", widgets };
}

function assignSection(view: SidebarView): CardSection | null {
  const assignees = uniqueAssignees(view.buttons.assignees);
  if (!view.buttons.assign || assignees.length === 0) return null;
  const owner = view.ownerEmail?.toLowerCase() ?? null;
  const listed = assignees.slice(0, MAX_ASSIGNEE_ITEMS);
  const ownerListed = listed.some((member) => member.email === owner);
  const widgets: CardWidget[] = [
    {
      kind: "selectionInput",
      name: FIELDS.assignee,
      label: "Assign to",
      type: "DROPDOWN",
      // Nothing is picked for the reader: the current owner when listed, else an empty choice, so an
      // unread Assign click says "Pick a teammate first." instead of assigning whoever sorts first.
      items: [
        ...(ownerListed ? [] : [{ text: "Choose a teammate", value: "", selected: true }]),
        ...listed.map((member) => ({
          text: fitText(member.name, ASSIGNEE_NAME_BYTES),
          value: member.email,
          selected: member.email === owner,
        })),
      ],
    },
  ];
  const unlisted = assignees.length - MAX_ASSIGNEE_ITEMS;
  if (unlisted > 0) {
    // A dropdown holds a few dozen teammates; everyone else can still be assigned by address.
    widgets.push({
      kind: "textInput",
      name: FIELDS.assigneeEmail,
      label: "Or type a teammate's email",
      hint: `${unlisted} more ${unlisted === 1 ? "teammate is" : "teammates are"} not in the list`,
    });
  }
  widgets.push({ kind: "buttonList", buttons: [button("Assign", ACTIONS.assign, view.key)] });
  return { header: "Assign", widgets };
}

/** One row per teammate (by address, case-insensitively), first name kept. */
export function uniqueAssignees<T extends { email: string }>(members: readonly T[]): T[] {
  const seen = new Set<string>();
  const unique: T[] = [];
  for (const member of members) {
    const email = member.email.toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    unique.push({ ...member, email });
  }
  return unique;
}

function stateSection(view: SidebarView): CardSection {
  const widgets: CardWidget[] = [];
  // Every status the pane offers; Snoozed reads the Snooze until picker below it.
  const statuses = view.buttons.status;
  if (statuses.length > 1) {
    widgets.push({
      kind: "selectionInput",
      name: FIELDS.status,
      label: "Status",
      type: "DROPDOWN",
      items: statuses.map((option) => ({
        text: option.label,
        value: option.value,
        selected: option.current,
      })),
      onChange: action(ACTIONS.setStatus, view.key),
    });
  } else {
    widgets.push({ kind: "decoratedText", topLabel: "Status", text: fitText(view.statusLabel, LINE_BYTES) });
  }
  // The view's follow-up sentence ("Follow-up due", "Reminder Tue 09:00 if no reply"), as the pane says it.
  if (typeof view.followUp === "string") {
    const canClear = statuses.length > 1;
    widgets.push({
      kind: "decoratedText",
      topLabel: "Follow-up",
      text: fitText(view.followUp, LINE_BYTES),
      ...(canClear ? { button: button("Clear", ACTIONS.clearFollowUp, view.key) } : {}),
    });
  }
  if (statuses.some((option) => option.needsUntil)) {
    widgets.push(
      {
        kind: "dateTimePicker",
        name: FIELDS.snoozeUntil,
        label: "Snooze until (your time)",
        ...(view.snoozedUntil === null ? {} : { valueMs: view.snoozedUntil }),
      },
      {
        kind: "buttonList",
        buttons: [
          button("Snooze", ACTIONS.snooze, view.key),
          button("Next business morning", ACTIONS.snoozeMorning, view.key),
        ],
      },
      // A reminder that brings it back to the queue, marked follow-up due, if the customer is silent.
      { kind: "dateTimePicker", name: FIELDS.followUpBy, label: "Remind me if no reply by (your time)" },
      {
        kind: "buttonList",
        buttons: [
          button("Remind me", ACTIONS.followUp, view.key),
          {
            text: "Next business morning",
            action: { functionName: ACTIONS.followUp, parameters: { key: view.key, when: "morning" } },
          },
        ],
      },
    );
  }
  if (view.buttons.priority.length > 0) {
    widgets.push({
      kind: "selectionInput",
      name: FIELDS.priority,
      label: "Priority",
      type: "DROPDOWN",
      items: view.buttons.priority.map((option) => ({
        text: option.label,
        value: option.value,
        selected: option.current,
      })),
      onChange: action(ACTIONS.setPriority, view.key),
    });
  } else {
    widgets.push({ kind: "decoratedText", topLabel: "Priority", text: view.priorityLabel });
  }
  widgets.push({
    kind: "decoratedText",
    topLabel: "Tags",
    text: view.tags.length === 0 ? "No tags" : fitText(view.tags.join(", "), LINE_BYTES),
    tone: view.tags.length === 0 ? "muted" : "neutral",
  });
  if (view.buttons.tag) {
    widgets.push(
      {
        kind: "textInput",
        name: FIELDS.tags,
        label: "Change tags",
        hint: "billing, -spam (a minus removes a tag)",
      },
      { kind: "buttonList", buttons: [button("Update tags", ACTIONS.tags, view.key)] },
    );
  }
  return { header: "Status", widgets };
}

/**
 * The card beside an open message: everything the shared view model says, nothing more. Deadlines
 * are worded by shared/src/view's gmailDeadlineText as of the view's instant, in the reader's zone.
 * Every list on it is bounded (limits.ts), so its controls are there whatever the conversation holds.
 */
export function buildContextualCard(view: SidebarView, reader: CardReader): Card {
  const sections = [
    ownerSection(view, reader),
    clockSection(view, reader),
    assignSection(view),
    stateSection(view),
    notesSection(view),
  ].filter((section): section is CardSection => section !== null);
  return {
    name: CONTEXTUAL_CARD_NAME,
    header: {
      title: fitText(view.subject, HEADER_TEXT_BYTES),
      subtitle: fitText(`${view.mailbox} · ${view.statusLabel} · ${view.priorityLabel}`, HEADER_TEXT_BYTES),
    },
    sections,
  };
}
