/**
 * The backend's metrics code against the Firestore emulator: rollup increments written inside real
 * transactions add up to the rollups of the whole logs, concurrent appends lose nothing, a month
 * view reads only that month's rollup documents, the export lists the facts, and a backfill from the
 * events rebuilds the same documents.
 */
import {
  accumulateRollups,
  rollupDocId,
  rollupsOf,
  type BusinessCalendar,
  type KeyedRollup,
  type RollupSet,
} from "@baton/shared";
import { backfillRollups } from "../../backend/src/metrics/backfill";
import { exportRows } from "../../backend/src/metrics/export-csv";
import { readMetrics, readRollups } from "../../backend/src/metrics/read-metrics";
import { mergeShards, toKeyedRollup } from "../../backend/src/metrics/rollup-docs";
import { rollupWrites } from "../../backend/src/metrics/rollup-writes";
import { ALWAYS_OPEN } from "../../backend/src/store/mailboxes";
import { generateMonth, MONTH_CALENDAR } from "../../shared/test/metrics/generate-month";
import { clearOrg, contextFor, emulatorDb } from "./support";

const db = emulatorDb();
const ORG = "metrics-it";
const month = generateMonth(60, 11, 30);

function expected(calendar: BusinessCalendar = MONTH_CALENDAR): RollupSet {
  const set: RollupSet = new Map();
  for (const c of month) {
    accumulateRollups(set, rollupsOf(c.events, { ...contextFor(c.mailboxId), calendar }).values());
  }
  return set;
}

async function storedRollups(org: string): Promise<Map<string, KeyedRollup>> {
  const snapshot = await db.collection("orgs").doc(org).collection("rollups").get();
  const out = new Map<string, KeyedRollup>();
  // A key's shards added up: the stored rollup of a key is the sum of its shard documents.
  const keyed = snapshot.docs.map((doc) => toKeyedRollup(doc.data())).filter((r) => r !== null);
  for (const rollup of mergeShards(keyed)) {
    // A document whose increments cancelled out holds only zeros: the same as no document.
    if (
      Object.keys(rollup.rollup.counts).length +
        Object.keys(rollup.rollup.hists).length +
        Object.keys(rollup.rollup.hourOfWeek).length >
      0
    ) {
      out.set(rollupDocId(rollup.key), rollup);
    }
  }
  return out;
}

/** Appends each conversation's events one request at a time, each in its own transaction. */
async function appendAll(org: string): Promise<void> {
  await Promise.all(
    month.map(async (c) => {
      for (let i = 0; i < c.events.length; i += 1) {
        await db.runTransaction(async (tx) => {
          rollupWrites(tx, db, {
            org,
            key: c.key,
            subject: `Conversation ${c.key}`,
            ctx: contextFor(c.mailboxId),
            previousEvents: c.events.slice(0, i),
            newEvents: c.events.slice(i, i + 1),
          });
          return Promise.resolve();
        });
      }
    }),
  );
}

beforeAll(async () => {
  await clearOrg(db, ORG);
  await appendAll(ORG);
});

describe("rollups maintained in transactions", () => {
  it("equal the rollups of the whole logs, concurrent appends included", async () => {
    const stored = await storedRollups(ORG);
    const want = expected();
    expect(stored.size).toBe(want.size);
    for (const [id, doc] of want) expect([id, stored.get(id)]).toEqual([id, doc]);
  });

  it("a month view reads the month's rollup documents, not the conversations", async () => {
    const { docs, documentsRead } = await readRollups(db, ORG, { from: "2026-10-01", to: "2026-10-31" });
    const inOctober = [...expected().values()].filter(
      (d) => d.key.day >= "2026-10-01" && d.key.day <= "2026-10-31",
    );
    expect(documentsRead).toBeGreaterThanOrEqual(inOctober.length);
    expect(docs.length).toBe(inOctober.length);
    const oneDay = await readRollups(db, ORG, { from: "2026-10-07", to: "2026-10-07" });
    expect(oneDay.docs.every((d) => d.key.day === "2026-10-07")).toBe(true);
    expect(oneDay.documentsRead).toBeLessThan(documentsRead / 5);
  });

  it("answers a mailbox's metrics from its documents only", async () => {
    const response = await readMetrics(db, ORG, { from: "2026-09-01", to: "2026-12-31", mailbox: "support" });
    const support = month.filter((c) => c.mailboxId === "support");
    expect(response.summary.totals.counts.received).toBe(support.length);
    const inbound = support.flatMap((c) => c.events.filter((e) => e.type === "message_received")).length;
    expect(response.summary.totals.counts.inbound).toBe(inbound);
  });
});

describe("export", () => {
  it("lists one row per conversation active in the range, in order of first activity", async () => {
    const rows = await exportRows(db, ORG, { from: "2026-09-01", to: "2026-12-31" });
    expect(rows.map((r) => r.key).sort()).toEqual(month.map((c) => c.key).sort());
    const firsts = rows.map((r) => r.facts.firstAt ?? 0);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    const supportOnly = await exportRows(db, ORG, {
      from: "2026-09-01",
      to: "2026-12-31",
      mailbox: "billing",
    });
    expect(supportOnly.every((r) => r.mailboxId === "billing")).toBe(true);
  });

  it("leaves out conversations whose activity ended before the range", async () => {
    const rows = await exportRows(db, ORG, { from: "2026-12-01", to: "2026-12-31" });
    const activeInDecember = month.filter(
      (c) => Math.max(...c.events.map((e) => e.at)) >= Date.UTC(2026, 10, 30, 23),
    );
    expect(rows.length).toBeLessThanOrEqual(activeInDecember.length);
  });
});

describe("backfill", () => {
  const BACKFILL_ORG = "metrics-backfill";

  it("rebuilds from the event logs the same documents the transactions maintained, and removes stale ones", async () => {
    await clearOrg(db, BACKFILL_ORG);
    const org = db.collection("orgs").doc(BACKFILL_ORG);
    for (const mailboxId of ["support", "sales", "billing"]) {
      await org
        .collection("mailboxes")
        .doc(mailboxId)
        .set({
          address: `${mailboxId}@demo.test`,
          name: mailboxId,
          // No calendar: Firestore cannot hold [from, to] windows as they are (arrays in arrays),
          // and the backend reads a missing calendar as round the clock in UTC.
          routing: { agents: [], onCall: null },
          version: 1,
        });
    }
    const writer = db.bulkWriter();
    for (const c of month) {
      void writer.set(org.collection("conversations").doc(c.key), {
        key: c.key,
        mailboxId: c.mailboxId,
        subject: c.key,
      });
      for (const event of c.events) {
        void writer.set(org.collection("conversations").doc(c.key).collection("events").doc(event.id), {
          ...event,
        });
      }
    }
    void writer.set(org.collection("rollups").doc("2020-01-01_support__all"), {
      day: "2020-01-01",
      mailboxId: "support",
      agent: "_all",
      counts: { received: 9 },
    });
    await writer.close();

    const result = await backfillRollups(db, BACKFILL_ORG);
    expect(result.conversations).toBe(month.length);
    expect(result.deletedDocuments).toBe(1);
    const stored = await storedRollups(BACKFILL_ORG);
    const want = expected(ALWAYS_OPEN);
    expect([...stored.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [id, doc] of want) expect(stored.get(id)).toEqual(doc);
    expect(rollupDocId({ day: "2020-01-01", mailboxId: "support", agent: "_all" })).not.toBe(
      [...stored.keys()][0],
    );
  });
});
