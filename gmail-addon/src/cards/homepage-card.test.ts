import { EN } from "../test-support/readers";
import type { QueueItem } from "@baton/shared";
import { mon, ZONE } from "../test-support/scenarios";
import { buildHomepageCard, groupByMailbox, mergeMyWork } from "./homepage-card";
import { queueDeadlineText } from "@baton/shared/view";
import { toCardJson } from "./to-json";

function item(patch: Partial<QueueItem>): QueueItem {
  return {
    key: "c_0000000001",
    mailbox: "support@demo.baton.test",
    subject: "Where is my parcel?",
    status: "open",
    priority: "normal",
    assignee: null,
    tags: [],
    messageCount: 1,
    lastInboundAt: mon(9),
    updatedAt: mon(9),
    nextDeadline: mon(10),
    nextDeadlineClock: "first_response",
    tone: "ok",
    ...patch,
  };
}

const now = mon(9, 18);
const mine = [
  item({
    key: "c_a",
    subject: "Invoice copy",
    nextDeadline: mon(9, 10),
    tone: "breached",
    assignee: "ana@demo.baton.test",
  }),
  item({
    key: "c_b",
    subject: "Login fails",
    mailbox: "billing@demo.baton.test",
    assignee: "ana@demo.baton.test",
  }),
];
const unassigned = [
  item({ key: "c_c", subject: "Refund <please>", nextDeadline: mon(9, 30), tone: "warning" }),
  item({ key: "c_d", subject: "Thanks!", nextDeadline: null, nextDeadlineClock: null, tone: "neutral" }),
];

const mentioned = [
  // Mentioned in a note on a conversation also assigned to me: listed once.
  mine[1]!,
  item({ key: "c_m", subject: "Can you check this, @Ana?", nextDeadline: mon(9, 20), tone: "warning" }),
];

describe("homepage card", () => {
  const card = toCardJson(
    buildHomepageCard(
      { myWork: mergeMyWork(mine, mentioned), unassigned: groupByMailbox(unassigned) },
      { tr: EN, deadlineText: (i) => queueDeadlineText(i, now, ZONE), asOfText: "As of 09:18" },
    ),
  );
  const rows = (index: number) =>
    (card.sections[index]?.widgets ?? []).flatMap((w) => ("decoratedText" in w ? [w.decoratedText] : []));

  it("matches its snapshot", () => {
    expect(card).toMatchSnapshot();
  });

  it("lists My work first: assigned to me and mentioning me, each once, by next deadline", () => {
    expect(card.sections[0]?.header).toBe("My work");
    expect(rows(0).map((row) => row.text)).toEqual([
      '<font color="#d93025"><b>Invoice copy</b></font>',
      '<font color="#b06000">Can you check this, @Ana?</font>',
      "Login fails",
    ]);
  });

  it("opens a conversation in one click: each row's Open pushes its card", () => {
    expect(rows(0).map((row) => row.button?.onClick.action)).toEqual(
      ["c_a", "c_m", "c_b"].map((key) => ({
        function: "onOpenConversation",
        parameters: [{ key: "key", value: key }],
      })),
    );
  });

  it("then the unassigned queue per mailbox, flagging what is breaching soon or breached", () => {
    expect(card.sections[1]?.header).toBe("support@demo.baton.test");
    expect(JSON.stringify(card.sections[1])).toContain("Unassigned: 2 · 1 breaching soon or breached");
  });

  it("says when its countdowns were true, beside Refresh", () => {
    expect(JSON.stringify(card.sections.at(-1))).toContain("As of 09:18");
    expect(JSON.stringify(card.sections.at(-1))).toContain('"function":"onRefresh"');
  });

  it("says so when nothing is assigned to me or mentions me", () => {
    const empty = toCardJson(
      buildHomepageCard({ myWork: [], unassigned: [] }, { tr: EN, deadlineText: () => "", asOfText: "" }),
    );
    expect(JSON.stringify(empty)).toContain("Nothing assigned to you or mentioning you.");
  });
});

describe("queueDeadlineText", () => {
  it("shows the due time in the reader's zone and the wall time left", () => {
    expect(queueDeadlineText(item({}), now, ZONE)).toBe("Reply by 10:00 — 42 min left");
    expect(queueDeadlineText(item({}), now, "UTC")).toBe("Reply by 09:00 — 42 min left");
  });

  it("names the weekday for a deadline on another day, and says how long ago it breached, as the clock line does", () => {
    expect(
      queueDeadlineText(
        item({ nextDeadline: mon(9) + 24 * 3_600_000, nextDeadlineClock: "resolution" }),
        now,
        ZONE,
      ),
    ).toBe("Resolve by Tue 09:00 — 23 h 42 min left");
    expect(queueDeadlineText(item({ nextDeadline: mon(9, 10) }), now, ZONE)).toBe("Breached 8 min ago");
  });
});

describe("the homepage's Availability", () => {
  const build = (away?: { line: string | null }) =>
    toCardJson(
      buildHomepageCard(
        { myWork: [], unassigned: [] },
        { tr: EN, deadlineText: () => "", asOfText: "As of 09:18", ...(away === undefined ? {} : { away }) },
      ),
    );
  const availability = (card: ReturnType<typeof build>) =>
    card.sections.find((s) => s.header === "Availability");

  it("offers a date-time picker, Set away and Until tomorrow morning when not away", () => {
    const widgets = availability(build({ line: null }))?.widgets ?? [];
    expect(widgets[0]).toMatchObject({ dateTimePicker: { name: "awayUntil", label: "Away until" } });
    const buttons = widgets.flatMap((w) => ("buttonList" in w ? w.buttonList.buttons : []));
    expect(buttons.map((b) => [b.text, b.onClick.action.function, b.onClick.action.parameters])).toEqual([
      ["Set away", "onSetAway", [{ key: "until", value: "picked" }]],
      ["Until tomorrow morning", "onSetAway", [{ key: "until", value: "morning" }]],
    ]);
  });

  it("says until when, with Clear, while away", () => {
    const [row] = availability(build({ line: "You are away until Tue 09:00" }))?.widgets ?? [];
    expect(row).toMatchObject({
      decoratedText: { text: "<b>You are away until Tue 09:00</b>", button: { text: "Clear" } },
    });
  });

  it("is left out when the availability could not be read", () => {
    expect(availability(build())).toBeUndefined();
  });
});
