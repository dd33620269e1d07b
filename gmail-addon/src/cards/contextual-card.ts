import { PRIORITIES, STATUSES } from "@baton/shared";
import { ACTIONS, FIELDS } from "./actions";
import { PRIORITY_LABELS, STATUS_LABELS } from "./labels";
import type { Card, CardAction, CardButton, CardSection, CardWidget } from "./model";
import { gmailDeadlineText, type SidebarView } from "./sidebar-view";

export interface RenderContext {
  /** The instant the card is rendered: deadlines show the time left as of now, since cards never tick. */
  nowMs: number;
  /** The reader's IANA zone (Gmail's `commonEventObject.timeZone.id`), for "Reply by 14:30". */
  timeZone: string;
}

export const CONTEXTUAL_CARD_NAME = "baton-conversation";

function action(functionName: string, key: string): CardAction {
  return { functionName, parameters: { key } };
}

function button(text: string, functionName: string, key: string, filled = false): CardButton {
  return { text, action: action(functionName, key), filled };
}

function ownerSection(view: SidebarView): CardSection {
  const key = view.conversationKey;
  const widgets: CardWidget[] = [
    { kind: "decoratedText", topLabel: "Owner", text: view.owner.line, bold: true },
  ];
  for (const viewer of view.presence) {
    widgets.push({
      kind: "textParagraph",
      text: viewer.line,
      tone: viewer.activity === "replying" ? "warning" : "muted",
    });
  }
  const buttons: CardButton[] = [];
  if (view.actions.claim) buttons.push(button("Claim", ACTIONS.claim, key, true));
  if (view.actions.release) buttons.push(button("Release", ACTIONS.release, key));
  buttons.push(button("Refresh", ACTIONS.refresh, key));
  widgets.push({ kind: "buttonList", buttons });
  return { widgets };
}

function clockSection(view: SidebarView, context: RenderContext): CardSection | null {
  if (view.clocks.length === 0) return null;
  return {
    header: "SLA",
    widgets: view.clocks.map((clock) => ({
      kind: "decoratedText",
      topLabel: clock.label,
      text: gmailDeadlineText(clock, context.nowMs, context.timeZone),
      tone: clock.tone,
      bold: clock.tone === "danger",
    })),
  };
}

function assignSection(view: SidebarView): CardSection | null {
  if (!view.actions.assign || view.members.length === 0) return null;
  const key = view.conversationKey;
  return {
    header: "Assign",
    widgets: [
      {
        kind: "selectionInput",
        name: FIELDS.assignee,
        label: "Assign to",
        type: "DROPDOWN",
        items: view.members.map((member) => ({
          text: member.name,
          value: member.email,
          selected: member.email === view.owner.email,
        })),
      },
      { kind: "buttonList", buttons: [button("Assign", ACTIONS.assign, key)] },
    ],
  };
}

function stateSection(view: SidebarView): CardSection {
  const key = view.conversationKey;
  const widgets: CardWidget[] = [];
  if (view.actions.setStatus) {
    widgets.push({
      kind: "selectionInput",
      name: FIELDS.status,
      label: "Status",
      type: "DROPDOWN",
      items: STATUSES.map((status) => ({
        text: STATUS_LABELS[status],
        value: status,
        selected: status === view.status,
      })),
      onChange: action(ACTIONS.setStatus, key),
    });
  } else {
    widgets.push({ kind: "decoratedText", topLabel: "Status", text: STATUS_LABELS[view.status] });
  }
  if (view.actions.setPriority) {
    widgets.push({
      kind: "selectionInput",
      name: FIELDS.priority,
      label: "Priority",
      type: "DROPDOWN",
      items: PRIORITIES.map((priority) => ({
        text: PRIORITY_LABELS[priority],
        value: priority,
        selected: priority === view.priority,
      })),
      onChange: action(ACTIONS.setPriority, key),
    });
  } else {
    widgets.push({ kind: "decoratedText", topLabel: "Priority", text: PRIORITY_LABELS[view.priority] });
  }
  widgets.push({
    kind: "decoratedText",
    topLabel: "Tags",
    text: view.tags.length === 0 ? "No tags" : view.tags.join(", "),
    tone: view.tags.length === 0 ? "muted" : "neutral",
  });
  if (view.actions.tag) {
    widgets.push(
      {
        kind: "textInput",
        name: FIELDS.tags,
        label: "Change tags",
        hint: "billing, -spam (a minus removes a tag)",
      },
      { kind: "buttonList", buttons: [button("Update tags", ACTIONS.tags, key)] },
    );
  }
  return { header: "Status", widgets };
}

function notesSection(view: SidebarView): CardSection {
  const key = view.conversationKey;
  const widgets: CardWidget[] = view.notes.map((note) => ({
    kind: "decoratedText",
    topLabel: note.line,
    text: note.body,
  }));
  if (widgets.length === 0) widgets.push({ kind: "textParagraph", text: "No notes yet.", tone: "muted" });
  if (view.actions.note) {
    widgets.push(
      {
        kind: "textInput",
        name: FIELDS.note,
        label: "Add a note",
        hint: "Only your team sees notes. @name mentions.",
        multiline: true,
      },
      { kind: "buttonList", buttons: [button("Add note", ACTIONS.addNote, key)] },
    );
  }
  return { header: `Notes (${view.notes.length})`, widgets };
}

/** The card shown beside an open message: everything the shared view model says, nothing more. */
export function buildContextualCard(view: SidebarView, context: RenderContext): Card {
  const sections = [
    ownerSection(view),
    clockSection(view, context),
    assignSection(view),
    stateSection(view),
    notesSection(view),
  ].filter((section): section is CardSection => section !== null);
  return {
    name: CONTEXTUAL_CARD_NAME,
    header: {
      title: view.subject,
      subtitle: `${view.mailbox} · ${STATUS_LABELS[view.status]} · ${PRIORITY_LABELS[view.priority]}`,
    },
    sections,
  };
}
