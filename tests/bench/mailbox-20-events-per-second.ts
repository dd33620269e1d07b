// One mailbox at 20 operations a second for a minute (issue 12, "no hot documents"): customers
// opening and following up conversations, agents claiming, noting and resolving them, each through
// the transaction the API runs. Reports failed operations, transaction retries, p50/p95 latency,
// whether the mailbox-wide rollup equals what was done, and what GET /metrics reads for that day.
//   flock /tmp/baton-emulators.lock node scripts/with-emulators.mjs tsx tests/bench/mailbox-20-events-per-second.ts
// BENCH_SECONDS (default 60) and BENCH_RATE (default 20) change the run.
import { readMetrics } from "../../backend/src/metrics/read-metrics";
import { emulatorDb } from "../dashboard/support";
import {
  countAttempts,
  createLoadOrg,
  expectedTotals,
  LOAD_MAILBOX,
  mailboxTotals,
  mailboxWideWrites,
  percentile,
  runLoad,
  STEPS,
  utcDay,
} from "./mailbox-load";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const RATE = Number(process.env.BENCH_RATE ?? 20);

async function main(): Promise<void> {
  const db = emulatorDb();
  const attempts = countAttempts(db);
  const load = await createLoadOrg(db, "bench-hot-mailbox");
  const startedAt = Date.now();
  const t0 = performance.now();
  const results = await runLoad(db, load, SECONDS * RATE, RATE);
  const wallS = (performance.now() - t0) / 1000;
  const failed = results.filter((r) => r.error !== null);
  const events = results.reduce((n, r) => n + r.events, 0);
  const ms = results.map((r) => r.ms);
  console.log(
    `${results.length} operations (${STEPS.join(", ")}) at ${RATE}/s on one mailbox, ${events} events, ` +
      `in ${wallS.toFixed(1)} s (${(events / wallS).toFixed(1)} events/s)`,
  );
  console.log(
    `  failed ${failed.length}; transactions ${attempts.transactions}, retries ` +
      `${attempts.attempts - attempts.transactions}; latency p50 ${percentile(ms, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(ms, 95).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms`,
  );
  for (const error of new Set(failed.map((f) => f.error))) console.log(`  error: ${error}`);
  const from = utcDay(startedAt);
  const to = utcDay(Date.now());
  const want = expectedTotals(results);
  const got = await mailboxTotals(db, load, from, to);
  const exact =
    got.received === want.received && got.inbound === want.inbound && got.resolved === want.resolved;
  console.log(
    `  mailbox rollup ${exact ? "exact" : "WRONG"}: received ${got.received}/${want.received}, ` +
      `inbound ${got.inbound}/${want.inbound}, resolved ${got.resolved}/${want.resolved}`,
  );
  const writes = await mailboxWideWrites(db, load);
  const hottest = Math.max(...writes);
  console.log(
    `  mailbox-wide rollup: ${writes.length} document(s), the hottest took ${hottest} writes ` +
      `(${(hottest / wallS).toFixed(2)} writes/s)`,
  );
  const r0 = performance.now();
  const metrics = await readMetrics(db, load.org, { from, to, mailbox: LOAD_MAILBOX });
  console.log(
    `  GET /metrics for the day: ${metrics.documentsRead} rollup documents in ${(performance.now() - r0).toFixed(0)} ms`,
  );
  if (failed.length > 0 || !exact) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
