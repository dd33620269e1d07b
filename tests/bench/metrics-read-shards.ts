// What sharding costs GET /metrics: a month of one busy mailbox (10 agents) with every shard of
// every key present (the worst case: 32 shards for `_all` and `_unassigned`, 4 per agent, on every
// day), against the same month unsharded (one document per key). Run inside the emulators:
//   flock /tmp/baton-emulators.lock node scripts/with-emulators.mjs tsx tests/bench/metrics-read-shards.ts
import { ALL_AGENTS, UNASSIGNED, type RollupKey } from "@baton/shared";
import { readMetrics } from "../../backend/src/metrics/read-metrics";
import { incrementDoc, rollupShardIds } from "../../backend/src/metrics/rollup-docs";
import { emulatorDb } from "../dashboard/support";
import { percentile } from "./mailbox-load";

const DAYS = 31;
const AGENTS = 10;

function keysOfDay(day: string): RollupKey[] {
  const agents = Array.from({ length: AGENTS }, (_, i) => `agent${i}@bench.test`);
  return [ALL_AGENTS, UNASSIGNED, ...agents].map((agent) => ({ day, mailboxId: "support", agent }));
}

async function seed(org: string, sharded: boolean): Promise<number> {
  const db = emulatorDb();
  const writer = db.bulkWriter();
  let documents = 0;
  for (let d = 1; d <= DAYS; d += 1) {
    for (const key of keysOfDay(`2026-10-${String(d).padStart(2, "0")}`)) {
      const ids = sharded ? rollupShardIds(key) : rollupShardIds(key).slice(0, 1);
      for (const id of ids) {
        const rollup = { counts: { inbound: 1, received: 1 }, hists: {}, hourOfWeek: { "9": 1 } };
        void writer.set(db.doc(`orgs/${org}/rollups/${id}`), incrementDoc(key, rollup), { merge: true });
        documents += 1;
      }
    }
  }
  await writer.close();
  return documents;
}

async function timeReads(org: string): Promise<{ p50: number; p95: number; documentsRead: number }> {
  const db = emulatorDb();
  const samples: number[] = [];
  let documentsRead = 0;
  for (let i = 0; i < 10; i += 1) {
    const started = performance.now();
    const response = await readMetrics(db, org, { from: "2026-10-01", to: "2026-10-31" });
    samples.push(performance.now() - started);
    documentsRead = response.documentsRead;
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), documentsRead };
}

async function main(): Promise<void> {
  const stamp = Date.now().toString(36);
  for (const sharded of [false, true]) {
    const org = `bench-read-${sharded ? "sharded" : "plain"}-${stamp}`;
    const seeded = await seed(org, sharded);
    const { p50, p95, documentsRead } = await timeReads(org);
    console.log(
      `${sharded ? "every shard present" : "unsharded         "}: ${seeded} documents for a month of ` +
        `1 mailbox x ${AGENTS} agents; GET /metrics reads ${documentsRead}, p50 ${p50.toFixed(0)} ms, ` +
        `p95 ${p95.toFixed(0)} ms`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
