import { EN } from "../test-support/readers";
/**
 * Cards built from the largest conversation the API allows stay under Google's card limits and keep
 * every control. The notes go past the API's caps (MAX_NOTES_PER_CONVERSATION, MAX_NOTES_TOTAL_LENGTH)
 * to 300 of the longest, so the cards do not lean on those caps. Before the bound, one widget per
 * note: Gmail ignores widgets past 100, so the Add note input and button were the first to go.
 */
import type { QueueItem } from "@baton/shared";
import { queueDeadlineText } from "@baton/shared/view";
import { renderCard } from "../gmail/card-service";
import { createAppsScriptStandIn, installStandIn, type BuiltCard } from "../test-support/apps-script-standin";
import { cardLimitProblems, widgetsOf } from "../test-support/card-limits";
import { costlyText, largestConversationView, MAX_AGENTS } from "../test-support/largest-conversation";
import { mon, ZONE } from "../test-support/scenarios";
import type { CardJson } from "./card-json";
import { buildContextualCard } from "./contextual-card";
import { buildHomepageCard, groupByMailbox } from "./homepage-card";
import { GOOGLE_MAX_WIDGETS_PER_CARD, MAIN_CARD_NOTES, MAX_ASSIGNEE_ITEMS } from "./limits";
import { buildNotesCard, notePages, notesPageCard } from "./notes-card";
import { escapeCardText } from "./format";
import { CUT_MARKER } from "./text-budget";
import { toCardJson } from "./to-json";

const NOTES = 300;
const leadView = largestConversationView({ notes: NOTES, reader: "lead", claimed: true });
const agentView = largestConversationView({ notes: NOTES, reader: "agent" });

function buttons(card: CardJson): string[] {
  return widgetsOf(card).flatMap((w) =>
    "buttonList" in w
      ? w.buttonList.buttons.map((b) => b.text)
      : "decoratedText" in w && w.decoratedText.button !== undefined
        ? [w.decoratedText.button.text]
        : [],
  );
}

function inputs(card: CardJson): string[] {
  return widgetsOf(card).flatMap((w) =>
    "textInput" in w ? [w.textInput.name] : "selectionInput" in w ? [w.selectionInput.name] : [],
  );
}

/** The card as Gmail would get it: through CardService (the stand-in drops what Gmail would drop). */
function throughCardService(card: ReturnType<typeof buildContextualCard>): BuiltCard {
  const restore = installStandIn(createAppsScriptStandIn());
  try {
    return renderCard(card) as unknown as BuiltCard;
  } finally {
    restore();
  }
}

describe("the conversation card of the largest conversation", () => {
  it("stays within Google's limits, as the lead sees it (Assign with 500 agents)", () => {
    const card = toCardJson(buildContextualCard(leadView, { timeZone: ZONE, tr: EN }));
    expect(cardLimitProblems(card)).toEqual([]);
    expect(leadView.notes).toHaveLength(NOTES);
    expect(leadView.buttons.assignees).toHaveLength(MAX_AGENTS);
  });

  it("keeps every control: release, assign (list and typed email), status, priority, tags, add note", () => {
    const card = toCardJson(buildContextualCard(leadView, { timeZone: ZONE, tr: EN }));
    expect(buttons(card)).toEqual(
      expect.arrayContaining(["Release", "Refresh", "Assign", "Update tags", "All notes", "Add note"]),
    );
    expect(inputs(card)).toEqual(["assignee", "assigneeEmail", "status", "priority", "tags", "note"]);
    const built = throughCardService(buildContextualCard(leadView, { timeZone: ZONE, tr: EN }));
    expect(built.droppedWidgets).toBe(0);
    expect(built.json).toEqual(card);
  });

  it("keeps Claim and Add note for an agent on an unclaimed one", () => {
    const card = toCardJson(buildContextualCard(agentView, { timeZone: ZONE, tr: EN }));
    expect(cardLimitProblems(card)).toEqual([]);
    expect(buttons(card)).toEqual(expect.arrayContaining(["Claim", "Add note"]));
    expect(inputs(card)).toContain("note");
  });

  it("shows the newest notes first, cut with a marker, and counts the rest", () => {
    const card = toCardJson(buildContextualCard(leadView, { timeZone: ZONE, tr: EN }));
    const notes = card.sections.find((s) => s.header === `Notes (${NOTES})`)!.widgets;
    const texts = notes.flatMap((w) => ("decoratedText" in w ? [w.decoratedText] : []));
    expect(texts.slice(0, MAIN_CARD_NOTES).map((t) => t.text.slice(0, 5))).toEqual([
      "#299 ",
      "#298 ",
      "#297 ",
      "#296 ",
      "#295 ",
    ]);
    for (const text of texts.slice(0, MAIN_CARD_NOTES)) {
      expect(text.text.endsWith(CUT_MARKER.trim())).toBe(true);
      expect(text.bottomLabel).toBe("Shortened: All notes has the full text");
    }
    const more = texts[MAIN_CARD_NOTES]!;
    expect(more.text).toContain(`${NOTES - MAIN_CARD_NOTES} more notes`);
    expect(more.button?.onClick.action).toEqual({
      function: "onShowNotes",
      parameters: [
        { key: "key", value: leadView.key },
        { key: "page", value: "0" },
        { key: "push", value: "1" },
      ],
    });
  });

  it("lists the first 30 teammates and asks for an email for the other 470", () => {
    const card = toCardJson(buildContextualCard(leadView, { timeZone: ZONE, tr: EN }));
    const dropdown = widgetsOf(card).flatMap((w) => ("selectionInput" in w ? [w.selectionInput] : []))[0]!;
    // The teammates, after the empty "Choose a teammate" (nobody preselected).
    expect(dropdown.items.filter((item) => item.value !== "")).toHaveLength(MAX_ASSIGNEE_ITEMS);
    const typed = widgetsOf(card).flatMap((w) => ("textInput" in w ? [w.textInput] : []))[0]!;
    expect(typed.hintText).toBe(`${MAX_AGENTS - MAX_ASSIGNEE_ITEMS} more teammates are not in the list`);
  });

  it("would have lost its controls unbounded: a card of one widget per note passes Google's 100", () => {
    // What the card used to be: every note a widget. The stand-in shows what Gmail does with it.
    const unbounded = buildContextualCard(leadView, { timeZone: ZONE, tr: EN });
    const notes = unbounded.sections.at(-1)!;
    notes.widgets.unshift(
      ...leadView.notes.map((n) => ({ kind: "decoratedText" as const, text: n.id, topLabel: n.author })),
    );
    const restore = installStandIn(createAppsScriptStandIn());
    try {
      const built = renderCard(unbounded) as unknown as BuiltCard;
      expect(built.droppedWidgets).toBeGreaterThan(0);
      expect(widgetsOf(built.json)).toHaveLength(GOOGLE_MAX_WIDGETS_PER_CARD);
      expect(inputs(built.json)).not.toContain("note");
    } finally {
      restore();
    }
  });
});

describe("the All notes card of the largest conversation", () => {
  const pages = notePages(leadView.notes, EN);

  it("pages every note in full, newest first, each page within Google's limits", () => {
    const shown: string[] = [];
    for (let page = 0; page < pages.length; page++) {
      const card = toCardJson(notesPageCard(leadView, pages, page, EN));
      expect(cardLimitProblems(card)).toEqual([]);
      for (const w of card.sections[0]!.widgets) {
        if (!("decoratedText" in w)) continue;
        const part = / \(part (\d+) of \d+\)$/.exec(w.decoratedText.topLabel ?? "");
        if (part === null || part[1] === "1") shown.push(w.decoratedText.text);
        else shown.push((shown.pop() ?? "") + w.decoratedText.text);
      }
    }
    // Each note's parts, joined, are the whole note as the card escapes it; newest first.
    expect(shown).toEqual([...leadView.notes].reverse().map((note) => escapeCardText(note.body)));
  });

  it("pages with Newer and Older, replacing the card in place, and shows the last page past the end", () => {
    const middle = toCardJson(notesPageCard(leadView, pages, 1, EN));
    expect(buttons(middle)).toEqual(["Newer", "Older"]);
    const last = toCardJson(notesPageCard(leadView, pages, 10_000, EN));
    expect(buttons(last)).toEqual(["Newer"]);
    expect(JSON.stringify(last)).toContain(`Page ${pages.length} of ${pages.length}`);
    const first = toCardJson(buildNotesCard(leadView, 0, EN));
    expect(buttons(first)).toEqual(["Older"]);
  });

  it("renders through CardService without anything dropped", () => {
    for (const page of [0, pages.length - 1]) {
      const built = throughCardService(notesPageCard(leadView, pages, page, EN));
      expect(built.droppedWidgets).toBe(0);
    }
  });
});

describe("the homepage card with every mailbox full", () => {
  it("stays within Google's limits and keeps Refresh, counting the mailboxes it leaves out", () => {
    const items = (assignee: string | null): QueueItem[] =>
      Array.from({ length: 100 }, (_, i) => ({
        key: `c_${i}`,
        mailbox: `box${String(i % 100).padStart(2, "0")}-${costlyText(20)}@demo.baton.test`,
        subject: costlyText(2000, i),
        status: "open",
        priority: "urgent",
        assignee,
        tags: [],
        messageCount: 1,
        lastInboundAt: mon(9),
        updatedAt: mon(9),
        nextDeadline: mon(10),
        nextDeadlineClock: "first_response",
        tone: "breached",
      }));
    const queues = { myWork: items("lead@demo.baton.test"), unassigned: groupByMailbox(items(null)) };
    const card = toCardJson(
      buildHomepageCard(queues, {
        tr: EN,
        deadlineText: (item) => queueDeadlineText(item, mon(9), ZONE),
        asOfText: "As of 09:00",
      }),
    );
    expect(cardLimitProblems(card)).toEqual([]);
    expect(buttons(card)).toContain("Refresh");
    expect(JSON.stringify(card)).toContain("and 95 more mailboxes");
  });
});
