import { DEFAULT_SLA_POLICY, type ConversationEvent } from "@baton/shared";
import { FieldValue } from "firebase-admin/firestore";
import { rollupShardId, shardOf, toKeyedRollup } from "./rollup-docs";
import { planFoldedMetricsWrites, planMetricsWrites, storedFactsFoldOf } from "./rollup-writes";

const UTC = { timeZone: "UTC", weekly: { mon: [["09:00", "17:00"]] as Array<[string, string]> } };
const ctx = { mailboxId: "support", policy: DEFAULT_SLA_POLICY, calendar: UTC };
// Monday 2026-10-05 09:00 UTC.
const MON = Date.UTC(2026, 9, 5, 9);
const received: ConversationEvent = {
  id: "e1",
  at: MON,
  actor: "c@example.com",
  type: "message_received",
  messageId: "m1",
  from: "c@example.com",
  subject: "Hi",
  sentAt: MON,
};
const sent: ConversationEvent = {
  id: "e2",
  at: MON + 3_600_000,
  actor: "ana@x.test",
  type: "message_sent",
  messageId: "m2",
  from: "ana@x.test",
  subject: "Re: Hi",
  sentAt: MON + 3_600_000,
};
const base = { org: "o1", key: "c_abc", subject: "Hi", ctx };

describe("planMetricsWrites", () => {
  it("writes nothing when nothing was appended", () => {
    expect(planMetricsWrites({ ...base, previousEvents: [received], newEvents: [] })).toEqual([]);
  });

  it("increments the agent's and the mailbox-wide documents of the local day, and replaces the facts", () => {
    const writes = planMetricsWrites({ ...base, previousEvents: [received], newEvents: [sent] });
    // Each key on the conversation's shard of it (rollup-docs.test.ts pins the ids).
    const all = { day: "2026-10-05", mailboxId: "support", agent: "_all" };
    const ana = { ...all, agent: "ana@x.test" };
    expect(writes.map((w) => [w.path, w.merge])).toEqual([
      [`orgs/o1/rollups/${rollupShardId(all, shardOf(all, "c_abc"))}`, true],
      [`orgs/o1/rollups/${rollupShardId(ana, shardOf(ana, "c_abc"))}`, true],
      ["orgs/o1/metricFacts/c_abc", false],
    ]);
    const allDoc = writes[0]?.data as { counts: Record<string, FieldValue>; agent: string };
    expect(allDoc.agent).toBe("_all");
    expect(Object.keys(allDoc.counts).sort()).toEqual(["firstReplies", "met_first_response", "replies"]);
    expect(allDoc.counts.replies?.isEqual(FieldValue.increment(1))).toBe(true);
    // No empty maps: under merge one would wipe the stored field.
    expect(Object.keys(writes[0]?.data ?? {}).sort()).toEqual([
      "agent",
      "counts",
      "day",
      "hists",
      "mailboxId",
    ]);
    expect(writes[2]?.data).toMatchObject({
      key: "c_abc",
      mailboxId: "support",
      timeZone: "UTC",
      lastAt: MON + 3_600_000,
    });
  });
});

describe("planFoldedMetricsWrites", () => {
  const noLog = () => Promise.reject(new Error("the log was read"));
  /** The fold the facts document holds after `previous` was appended (as Firestore returns it). */
  function storedAfter(previous: ConversationEvent[]) {
    const facts = planMetricsWrites({ ...base, previousEvents: [], newEvents: previous }).at(-1)?.data;
    return storedFactsFoldOf(facts);
  }

  it("writes what the whole log gives from the stored fold alone, without reading the log", async () => {
    const stored = storedAfter([received]);
    expect(stored?.eventCount).toBe(1);
    const folded = await planFoldedMetricsWrites({
      ...base,
      eventCount: 1,
      stored,
      log: noLog,
      newEvents: [sent],
    });
    expect(folded).toEqual(planMetricsWrites({ ...base, previousEvents: [received], newEvents: [sent] }));
  });

  it("reads the log when the fold covers another number of events or other rules", async () => {
    const later: ConversationEvent = { ...sent, id: "e3", at: MON + 7_200_000, messageId: "m3" };
    // The log grew to two events by another way than an append (a script): the fold covers one.
    const stored = storedAfter([received]);
    const log = jest.fn(() => Promise.resolve([received, sent]));
    expect(
      await planFoldedMetricsWrites({ ...base, eventCount: 2, stored, log, newEvents: [later] }),
    ).toEqual(planMetricsWrites({ ...base, previousEvents: [received, sent], newEvents: [later] }));
    const paris = { ...ctx, calendar: { ...UTC, timeZone: "Europe/Paris" } };
    const fromOne = jest.fn(() => Promise.resolve([received]));
    expect(
      await planFoldedMetricsWrites({
        ...base,
        ctx: paris,
        eventCount: 1,
        stored,
        log: fromOne,
        newEvents: [sent],
      }),
    ).toEqual(planMetricsWrites({ ...base, ctx: paris, previousEvents: [received], newEvents: [sent] }));
    expect(
      await planFoldedMetricsWrites({
        ...base,
        eventCount: 1,
        stored: null,
        log: fromOne,
        newEvents: [sent],
      }),
    ).toEqual(planMetricsWrites({ ...base, previousEvents: [received], newEvents: [sent] }));
    expect(log).toHaveBeenCalledTimes(1);
    expect(fromOne).toHaveBeenCalledTimes(2);
  });
});

describe("toKeyedRollup", () => {
  it("reads a stored document, ignoring unknown names and non-numbers", () => {
    expect(
      toKeyedRollup({
        day: "2026-10-05",
        mailboxId: "support",
        agent: "_all",
        counts: { replies: 2, bogus: 3, resolved: "x", received: 0 },
        hists: { firstResponseWall: { "12": 1 }, other: { "1": 1 } },
        hourOfWeek: { "9": 4 },
      }),
    ).toEqual({
      key: { day: "2026-10-05", mailboxId: "support", agent: "_all" },
      rollup: { counts: { replies: 2 }, hists: { firstResponseWall: { "12": 1 } }, hourOfWeek: { "9": 4 } },
    });
  });

  it("skips a document without its key fields", () => {
    expect(toKeyedRollup({ counts: {} })).toBeNull();
  });
});
