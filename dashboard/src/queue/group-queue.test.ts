import type { QueueItem } from "@baton/shared";
import { backlogOf, groupQueue } from "./group-queue";

function item(key: string, over: Partial<QueueItem> = {}): QueueItem {
  return {
    key,
    mailbox: "support@demo.test",
    subject: key,
    status: "open",
    priority: "normal",
    assignee: null,
    tags: [],
    messageCount: 1,
    lastInboundAt: 1000,
    updatedAt: 1000,
    nextDeadline: null,
    nextDeadlineClock: null,
    tone: "ok",
    ...over,
  };
}

describe("groupQueue", () => {
  it("puts each conversation in its most urgent section only", () => {
    const sections = groupQueue([
      item("a", { tone: "breached", assignee: "ana@x" }),
      item("b", { tone: "warning" }),
      item("c"),
      item("d", { assignee: "ben@x" }),
      item("e", { assignee: "ana@x", tone: "paused" }),
    ]);
    expect(sections.breached.map((i) => i.key)).toEqual(["a"]);
    expect(sections.breachingSoon.map((i) => i.key)).toEqual(["b"]);
    expect(sections.unassigned.map((i) => i.key)).toEqual(["c"]);
    expect(sections.byAgent.map((g) => [g.agent, g.items.map((i) => i.key)])).toEqual([
      ["ana@x", ["e"]],
      ["ben@x", ["d"]],
    ]);
  });
});

describe("backlogOf", () => {
  it("is empty for an empty queue", () => {
    expect(backlogOf([], 5000)).toEqual({ size: 0, medianWaitMs: null, oldestWaitMs: null });
  });

  it("ages by the last customer message, or the last update when there is none", () => {
    // Waits: 4000, 3000, 1000 → median (rank 2) 3000, oldest 4000.
    const stats = backlogOf(
      [
        item("a", { lastInboundAt: 1000 }),
        item("b", { lastInboundAt: 2000 }),
        item("c", { lastInboundAt: null, updatedAt: 4000 }),
      ],
      5000,
    );
    expect(stats).toEqual({ size: 3, medianWaitMs: 3000, oldestWaitMs: 4000 });
  });
});
