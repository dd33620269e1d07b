import type { Translator } from "@baton/shared/i18n";
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

/**
 * Who reads the card: times on it are written in their zone (the event's `timeZone.id`), words in
 * their language (their member setting, else Gmail's `userLocale`).
 */
export interface CardReader {
  timeZone: string;
  tr: Translator;
}

/**
 * "As of 10:42": a card never ticks, so it says when its countdowns were true. A local sentence
 * until shared/src/view has one (it moves there with the other clock sentences).
 */
export function asOfText(asOf: number, timeZone: string, tr: Translator): string {
  return tr.t("gmail.asOf", { time: formatWhen(asOf, asOf, timeZone, tr) });
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
    reader.tr,
  );
}

function ownerSection(view: SidebarView, reader: CardReader): CardSection {
  const { tr } = reader;
  const widgets: CardWidget[] = [
    {
      kind: "decoratedText",
      topLabel: tr.t("gmail.owner"),
      text: fitText(readerOwnerLine(view, reader), LINE_BYTES),
      bold: true,
    },
  ];
  widgets.push(...reasonWidgets(view.reasons ?? [], tr));
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
  if (view.buttons.claim) buttons.push(button(tr.t("gmail.claim"), ACTIONS.claim, view.key, true));
  if (view.buttons.release) buttons.push(button(tr.t("gmail.release"), ACTIONS.release, view.key));
  // Cards never tick or refresh themselves: Refresh is how a reader gets a fresh countdown, and the
  // "as of" line says how old the one shown is.
  buttons.push(button(tr.t("gmail.refresh"), ACTIONS.refresh, view.key));
  widgets.push({ kind: "buttonList", buttons });
  widgets.push({ kind: "textParagraph", text: asOfText(view.asOf, reader.timeZone, tr), tone: "muted" });
  return { widgets };
}

/** Why routing gave the owner and tags, one line each under the owner; past MAX_REASON_ROWS, counted. */
function reasonWidgets(reasons: readonly string[], tr: Translator): CardWidget[] {
  const widgets: CardWidget[] = reasons
    .slice(0, MAX_REASON_ROWS)
    .map((reason) => ({ kind: "textParagraph", text: fitText(reason, LINE_BYTES), tone: "muted" }));
  const more = reasons.length - MAX_REASON_ROWS;
  if (more > 0)
    widgets.push({ kind: "textParagraph", text: tr.t("gmail.moreReasons", { count: more }), tone: "muted" });
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
        gmailDeadlineText(
          clock,
          view.asOf,
          { mailboxZone: view.timeZone, readerZone: reader.timeZone },
          reader.tr,
        ),
        LINE_BYTES,
      ),
      tone,
      bold: tone === "danger",
    };
  });
  const more = view.clocks.length - MAX_CLOCK_ROWS;
  if (more > 0)
    widgets.push({ kind: "textParagraph", text: reader.tr.t("gmail.more", { count: more }), tone: "muted" });
  return { header: reader.tr.t("gmail.sla"), widgets };
}

function assignSection(view: SidebarView, tr: Translator): CardSection | null {
  const assignees = uniqueAssignees(view.buttons.assignees);
  if (!view.buttons.assign || assignees.length === 0) return null;
  const owner = view.ownerEmail?.toLowerCase() ?? null;
  const listed = assignees.slice(0, MAX_ASSIGNEE_ITEMS);
  const ownerListed = listed.some((member) => member.email === owner);
  const widgets: CardWidget[] = [
    {
      kind: "selectionInput",
      name: FIELDS.assignee,
      label: tr.t("gmail.assignTo"),
      type: "DROPDOWN",
      // Nothing is picked for the reader: the current owner when listed, else an empty choice, so an
      // unread Assign click says "Pick a teammate first." instead of assigning whoever sorts first.
      items: [
        ...(ownerListed ? [] : [{ text: tr.t("gmail.chooseTeammate"), value: "", selected: true }]),
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
      label: tr.t("gmail.typeTeammate"),
      hint: tr.t("gmail.unlistedTeammates", { count: unlisted }),
    });
  }
  widgets.push({
    kind: "buttonList",
    buttons: [button(tr.t("gmail.assign"), ACTIONS.assign, view.key, true)],
  });
  return { header: tr.t("gmail.assign"), widgets };
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

function stateSection(view: SidebarView, tr: Translator): CardSection {
  const widgets: CardWidget[] = [];
  // Every status the pane offers; Snoozed reads the Snooze until picker below it.
  const statuses = view.buttons.status;
  if (statuses.length > 1) {
    widgets.push({
      kind: "selectionInput",
      name: FIELDS.status,
      label: tr.t("gmail.status"),
      type: "DROPDOWN",
      items: statuses.map((option) => ({
        text: option.label,
        value: option.value,
        selected: option.current,
      })),
      onChange: action(ACTIONS.setStatus, view.key),
    });
  } else {
    widgets.push({
      kind: "decoratedText",
      topLabel: tr.t("gmail.status"),
      text: fitText(view.statusLabel, LINE_BYTES),
    });
  }
  // The view's follow-up sentence ("Follow-up due", "Reminder Tue 09:00 if no reply"), as the pane says it.
  if (typeof view.followUp === "string") {
    const canClear = statuses.length > 1;
    widgets.push({
      kind: "decoratedText",
      topLabel: tr.t("gmail.followUp"),
      text: fitText(view.followUp, LINE_BYTES),
      ...(canClear ? { button: button(tr.t("gmail.clearFollowUp"), ACTIONS.clearFollowUp, view.key) } : {}),
    });
  }
  if (statuses.some((option) => option.needsUntil)) {
    widgets.push(
      {
        kind: "dateTimePicker",
        name: FIELDS.snoozeUntil,
        label: tr.t("gmail.snoozeUntil"),
        ...(view.snoozedUntil === null ? {} : { valueMs: view.snoozedUntil }),
      },
      {
        kind: "buttonList",
        buttons: [
          button(tr.t("gmail.snooze"), ACTIONS.snooze, view.key),
          button(tr.t("gmail.nextMorning"), ACTIONS.snoozeMorning, view.key),
        ],
      },
      // A reminder that brings it back to the queue, marked follow-up due, if the customer is silent.
      { kind: "dateTimePicker", name: FIELDS.followUpBy, label: tr.t("gmail.remindBy") },
      {
        kind: "buttonList",
        buttons: [
          button(tr.t("gmail.remindMe"), ACTIONS.followUp, view.key),
          {
            text: tr.t("gmail.nextMorning"),
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
      label: tr.t("gmail.priority"),
      type: "DROPDOWN",
      items: view.buttons.priority.map((option) => ({
        text: option.label,
        value: option.value,
        selected: option.current,
      })),
      onChange: action(ACTIONS.setPriority, view.key),
    });
  } else {
    widgets.push({ kind: "decoratedText", topLabel: tr.t("gmail.priority"), text: view.priorityLabel });
  }
  widgets.push({
    kind: "decoratedText",
    topLabel: tr.t("gmail.tags"),
    text: view.tags.length === 0 ? tr.t("gmail.noTags") : fitText(view.tags.join(", "), LINE_BYTES),
    tone: view.tags.length === 0 ? "muted" : "neutral",
  });
  if (view.buttons.tag) {
    widgets.push(
      {
        kind: "textInput",
        name: FIELDS.tags,
        label: tr.t("gmail.changeTags"),
        hint: tr.t("gmail.tagsHint"),
      },
      { kind: "buttonList", buttons: [button(tr.t("gmail.updateTags"), ACTIONS.tags, view.key)] },
    );
  }
  return { header: tr.t("gmail.status"), widgets };
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
    assignSection(view, reader.tr),
    stateSection(view, reader.tr),
    notesSection(view, reader.tr),
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
