import { ACTIONS, FIELDS } from "./actions";
import type { Card, CardAction, CardButton, CardSection, CardWidget } from "./model";
import { CLOCK_TONE_TO_CARD, type SidebarView } from "./sidebar-view";

export const CONTEXTUAL_CARD_NAME = "baton-conversation";

function action(functionName: string, key: string): CardAction {
  return { functionName, parameters: { key } };
}

function button(text: string, functionName: string, key: string, filled = false): CardButton {
  return { text, action: action(functionName, key), filled };
}

function ownerSection(view: SidebarView): CardSection {
  const widgets: CardWidget[] = [
    { kind: "decoratedText", topLabel: "Owner", text: view.ownerLine, bold: true },
  ];
  if (view.presenceLine !== null) {
    const replying = view.presence.some((entry) => entry.state === "replying");
    widgets.push({ kind: "textParagraph", text: view.presenceLine, tone: replying ? "warning" : "muted" });
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
  return {
    header: "SLA",
    widgets: view.clocks.map((clock) => {
      const tone = CLOCK_TONE_TO_CARD[clock.tone];
      return {
        kind: "decoratedText",
        topLabel: clock.label,
        text: clock.deadlineText,
        tone,
        bold: tone === "danger",
      };
    }),
  };
}

function assignSection(view: SidebarView): CardSection | null {
  if (!view.buttons.assign || view.buttons.assignees.length === 0) return null;
  return {
    header: "Assign",
    widgets: [
      {
        kind: "selectionInput",
        name: FIELDS.assignee,
        label: "Assign to",
        type: "DROPDOWN",
        items: view.buttons.assignees.map((member, index) => ({
          text: member.name,
          value: member.email,
          selected: index === 0,
        })),
      },
      { kind: "buttonList", buttons: [button("Assign", ACTIONS.assign, view.key)] },
    ],
  };
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
    widgets.push({ kind: "decoratedText", topLabel: "Status", text: view.statusLabel });
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
    text: view.tags.length === 0 ? "No tags" : view.tags.join(", "),
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

function notesSection(view: SidebarView): CardSection {
  const widgets: CardWidget[] = view.notes.map((note) => ({
    kind: "decoratedText",
    topLabel: `${note.authorName} · ${note.when}`,
    text: note.body,
  }));
  if (widgets.length === 0) widgets.push({ kind: "textParagraph", text: "No notes yet.", tone: "muted" });
  if (view.buttons.note) {
    widgets.push(
      {
        kind: "textInput",
        name: FIELDS.note,
        label: "Add a note",
        hint: "Only your team sees notes. Mention with @name@company.com.",
        multiline: true,
      },
      { kind: "buttonList", buttons: [button("Add note", ACTIONS.addNote, view.key)] },
    );
  }
  return { header: `Notes (${view.notes.length})`, widgets };
}

/**
 * The card beside an open message: everything the shared view model says, nothing more. Deadlines
 * come as the view's `deadlineText` ("Reply by 14:30 — 42m left"), computed when it was served.
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
      title: view.subject,
      subtitle: `${view.mailbox} · ${view.statusLabel} · ${view.priorityLabel}`,
    },
    sections,
  };
}
