import { ACTIONS, FIELDS } from "./actions";
import {
  ASSIGNEE_NAME_BYTES,
  HEADER_TEXT_BYTES,
  LINE_BYTES,
  MAX_ASSIGNEE_ITEMS,
  MAX_CLOCK_ROWS,
} from "./limits";
import type { Card, CardAction, CardButton, CardSection, CardWidget } from "./model";
import { notesSection } from "./notes-card";
import { CLOCK_TONE_TO_CARD, type SidebarView } from "./sidebar-view";
import { fitText } from "./text-budget";

export const CONTEXTUAL_CARD_NAME = "baton-conversation";

function action(functionName: string, key: string): CardAction {
  return { functionName, parameters: { key } };
}

function button(text: string, functionName: string, key: string, filled = false): CardButton {
  return { text, action: action(functionName, key), filled };
}

function ownerSection(view: SidebarView): CardSection {
  const widgets: CardWidget[] = [
    { kind: "decoratedText", topLabel: "Owner", text: fitText(view.ownerLine, LINE_BYTES), bold: true },
  ];
  if (view.presenceLine !== null) {
    const replying = view.presence.some((entry) => entry.state === "replying");
    widgets.push({
      kind: "textParagraph",
      text: fitText(view.presenceLine, LINE_BYTES),
      tone: replying ? "warning" : "muted",
    });
  }
  const buttons: CardButton[] = [];
  if (view.buttons.claim) buttons.push(button("Claim", ACTIONS.claim, view.key, true));
  if (view.buttons.release) buttons.push(button("Release", ACTIONS.release, view.key));
  // Cards never tick or refresh themselves: Refresh is how a reader gets a fresh countdown.
  buttons.push(button("Refresh", ACTIONS.refresh, view.key));
  widgets.push({ kind: "buttonList", buttons });
  return { widgets };
}

function clockSection(view: SidebarView): CardSection | null {
  if (view.clocks.length === 0) return null;
  const widgets = view.clocks.slice(0, MAX_CLOCK_ROWS).map((clock): CardWidget => {
    const tone = CLOCK_TONE_TO_CARD[clock.tone];
    return {
      kind: "decoratedText",
      topLabel: fitText(clock.label, LINE_BYTES),
      text: fitText(clock.deadlineText, LINE_BYTES),
      tone,
      bold: tone === "danger",
    };
  });
  const more = view.clocks.length - MAX_CLOCK_ROWS;
  if (more > 0) widgets.push({ kind: "textParagraph", text: `and ${more} more`, tone: "muted" });
  return { header: "SLA", widgets };
}

function assignSection(view: SidebarView): CardSection | null {
  const assignees = view.buttons.assignees;
  if (!view.buttons.assign || assignees.length === 0) return null;
  const widgets: CardWidget[] = [
    {
      kind: "selectionInput",
      name: FIELDS.assignee,
      label: "Assign to",
      type: "DROPDOWN",
      items: assignees.slice(0, MAX_ASSIGNEE_ITEMS).map((member, index) => ({
        text: fitText(member.name, ASSIGNEE_NAME_BYTES),
        value: member.email,
        selected: index === 0,
      })),
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

function stateSection(view: SidebarView): CardSection {
  const widgets: CardWidget[] = [];
  // A status that needs a date (snoozed) cannot be picked from a dropdown; it stays when current.
  const statuses = view.buttons.status.filter((option) => option.current || !option.needsUntil);
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
 * come as the view's `deadlineText` ("Reply by 14:30 — 42m left"), computed when it was served.
 * Every list on it is bounded (limits.ts), so its controls are there whatever the conversation holds.
 */
export function buildContextualCard(view: SidebarView): Card {
  const sections = [
    ownerSection(view),
    clockSection(view),
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
