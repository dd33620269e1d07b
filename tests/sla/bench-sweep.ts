/**
 * SLA sweeper benchmark on the Firestore emulator (run inside `firebase emulators:exec`, see
 * docs/benchmarks.md "SLA sweeper"):
 * 1. 100,000 open conversations, 100 of them due: one sweep's documents read and duration.
 * 2. Deadline-to-notification delay through the task path: tasks invoked at their scheduled instant
 *    (as Cloud Tasks would), delay = signed webhook received at a loopback receiver − the deadline.
 * Sizes: BENCH_OPEN (default 100000), BENCH_DUE (100), BENCH_TASKS (100).
 */
import { performance } from "node:perf_hooks";
import { slaState, DEFAULT_SLA_POLICY } from "@baton/shared";
import { startReceiver } from "../../backend/test/notify/receiver";
import { handleSlaTask } from "../../backend/src/sla/handlers";
import { recordingScheduler } from "../../backend/src/sla/scheduler";
import { runSlaSweep } from "../../backend/src/sla/sweep";
import { paths } from "../../backend/src/store/paths";
import {
  ALWAYS_OPEN_UTC,
  HOUR,
  connect,
  conversationDoc,
  conversationKey,
  newOrg,
  notifyDeps,
  received,
  seedOrg,
} from "./support/world";

const OPEN = Number(process.env.BENCH_OPEN ?? 100_000);
const DUE = Number(process.env.BENCH_DUE ?? 100);
const TASKS = Number(process.env.BENCH_TASKS ?? 100);
const BATCH = 500;
const PARALLEL_BATCHES = 4;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const { db, close } = connect();
  const hook = await startReceiver([200]);
  const org = newOrg("bench");
  await seedOrg(db, org, {
    targets: { slack: null, teams: null, webhooks: [{ id: "bench", url: hook.url, secret: "whsec_bench" }] },
  });

  // --- seed: every conversation got its first message at `start`; the due ones 4h earlier.
  const now = Date.UTC(2026, 5, 1, 12, 0);
  const seedStarted = performance.now();
  const jobs: Array<() => Promise<unknown>> = [];
  for (let from = 0; from < OPEN; from += BATCH) {
    jobs.push(() => {
      const batch = db.batch();
      for (let n = from; n < Math.min(OPEN, from + BATCH); n += 1) {
        const key = conversationKey(n + 1);
        const due = n < DUE;
        // Due: received 4h+ ago (first response breached); others: received now, first check 3h ahead.
        const at = due ? now - 4 * HOUR - 60_000 : now;
        const events = [received(at, n)];
        batch.set(paths.conversation(db, org, key), conversationDoc(key, events, at));
        // The sweep never reads the log of a conversation that is not due; only due ones get events.
        if (due) for (const e of events) batch.set(paths.events(db, org, key).doc(e.id), e);
      }
      return batch.commit();
    });
  }
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: PARALLEL_BATCHES }, async () => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) await job();
    }),
  );
  const seedMs = performance.now() - seedStarted;
  console.log(`seeded ${OPEN} conversations (${DUE} due) in ${(seedMs / 1000).toFixed(1)} s`);

  // --- sweep
  const deps = { db, notify: notifyDeps(db, () => now), scheduler: recordingScheduler() };
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
  const first = await runSlaSweep(deps, now, { concurrency });
  const second = await runSlaSweep(deps, now);
  console.log(`sweep 1: ${JSON.stringify(first)}`);
  console.log(`sweep 2 (same instant, nothing left): ${JSON.stringify(second)}`);
  console.log(`webhooks delivered by sweep 1: ${hook.received.length}`);

  // --- task path: breach deadlines 3-13 s from now in real time, each task invoked at its instant
  // (the breach rule notifies through the signed webhook).
  const taskOrg = newOrg("bench-tasks");
  await seedOrg(db, taskOrg, {
    targets: { slack: null, teams: null, webhooks: [{ id: "bench", url: hook.url, secret: "whsec_bench" }] },
  });
  const realNow = Date.now();
  const tasks: Array<{ key: string; at: number; deadline: number }> = [];
  const batch = db.batch();
  for (let n = 0; n < TASKS; n += 1) {
    const key = conversationKey(n + 1);
    const deadline = realNow + 3_000 + Math.round((n / TASKS) * 10_000);
    const events = [received(deadline - 4 * HOUR, n)];
    batch.set(paths.conversation(db, taskOrg, key), conversationDoc(key, events, realNow));
    for (const e of events) batch.set(paths.events(db, taskOrg, key).doc(e.id), e);
    const at = slaState(events, DEFAULT_SLA_POLICY, ALWAYS_OPEN_UTC, realNow).nextCheckAt ?? 0;
    tasks.push({ key, at, deadline });
  }
  await batch.commit();
  const received0 = hook.received.length;
  const realDeps = { db, notify: notifyDeps(db), scheduler: recordingScheduler() };
  const clock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };
  await Promise.all(
    tasks.map(
      (task) =>
        new Promise<void>((resolve, reject) => {
          setTimeout(
            () => {
              handleSlaTask(realDeps, clock, { org: taskOrg, key: task.key, at: task.at }).then(() => {
                resolve();
              }, reject);
            },
            Math.max(0, task.at - Date.now()),
          );
        }),
    ),
  );
  const deliveredAt = new Map(
    hook.received.slice(received0).map((r) => [String(r.headers["baton-event-id"]), r.at] as const),
  );
  const delays = tasks
    .map((t) => {
      const id = `sla.${t.key}.first_response.1.breached`;
      return (deliveredAt.get(id) ?? NaN) - t.deadline;
    })
    .sort((a, b) => a - b);
  console.log(
    `task path, ${TASKS} deadlines: delay deadline -> webhook received p50 ${percentile(delays, 50)} ms, ` +
      `p95 ${percentile(delays, 95)} ms, max ${delays[delays.length - 1]} ms, missing ${delays.filter(Number.isNaN).length}`,
  );

  await hook.close();
  await close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
