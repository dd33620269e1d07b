import type { QueueItem } from "@baton/shared";
import { mon, ZONE } from "../test-support/scenarios";
import { buildHomepageCard, groupQueues } from "./homepage-card";
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

describe("homepage card", () => {
  const card = toCardJson(
    buildHomepageCard(groupQueues(mine, unassigned), {
      deadlineText: (i) => queueDeadlineText(i, now, ZONE),
    }),
  );

  it("matches its snapshot", () => {
    expect(card).toMatchSnapshot();
  });

  it("has a section per mailbox, in address order, each with mine then unassigned", () => {
    expect(card.sections.map((s) => s.header)).toEqual([
      "billing@demo.baton.test",
      "support@demo.baton.test",
      undefined,
    ]);
    const support = JSON.stringify(card.sections[1]);
    expect(support.indexOf("Mine: 1")).toBeLessThan(support.indexOf("Unassigned: 2"));
  });

  it("flags what is breaching soon or breached, in red", () => {
    expect(JSON.stringify(card.sections[1])).toContain("Unassigned: 2 · 1 breaching soon or breached");
  });

  it("says so when there is nothing open", () => {
    const empty = toCardJson(buildHomepageCard([], { deadlineText: () => "" }));
    expect(JSON.stringify(empty)).toContain("Nothing open");
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
