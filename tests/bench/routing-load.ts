// Routing under load (issue 16): 200 new conversations arriving at once across 3 mailboxes with 10
// agents (the scenario of tests/integration/routing/load.test.ts), recorded in this process through
// observeThread against the Firestore emulator. Reports the time from arrival to owner (the owner is
// recorded in the arrival's own transaction, so it is the arrival's commit latency) and the
// transaction retries the contention on the load documents and cursors costs.
//   flock /tmp/baton-emulators.lock node scripts/with-emulators.mjs tsx tests/bench/routing-load.ts
import { adminApp } from "../integration/support/stack";
import { arriveAll, createLoadScenario } from "../integration/routing/load-scenario";
import { countAttempts } from "./mailbox-load";

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const { db } = adminApp();
  const o = await createLoadScenario(db);
  const attempts = countAttempts(db);
  const started = performance.now();
  const timings = await arriveAll(db, o);
  const wall = performance.now() - started;
  const owned = timings
    .filter((t) => t.assignee !== null)
    .map((t) => t.ms)
    .sort((a, b) => a - b);
  const all = timings.map((t) => t.ms).sort((a, b) => a - b);
  const line = (label: string, value: string) => {
    console.log(`${label.padEnd(44)} ${value}`);
  };
  line("arrivals (at once)", String(timings.length));
  line("assigned on arrival", String(owned.length));
  line(
    "arrival -> owner p50 / p95 / max (ms)",
    `${percentile(owned, 50).toFixed(0)} / ${percentile(owned, 95).toFixed(0)} / ${(owned.at(-1) ?? NaN).toFixed(0)}`,
  );
  line(
    "arrival commit, all, p50 / p95 (ms)",
    `${percentile(all, 50).toFixed(0)} / ${percentile(all, 95).toFixed(0)}`,
  );
  line("wall time for all 200 (ms)", wall.toFixed(0));
  line(
    "transactions / attempts / retries",
    `${attempts.transactions} / ${attempts.attempts} / ${attempts.attempts - attempts.transactions}`,
  );
  line(
    "retries per arrival, mean",
    ((attempts.attempts - attempts.transactions) / attempts.transactions).toFixed(2),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
