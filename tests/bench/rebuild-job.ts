// The metrics rebuild as a background job against the Firestore emulator, beside the one-shot
// backfill it replaces in the API: for BENCH_CONVERSATIONS generated conversations (default 500),
// the one-shot's wall time, the job's wall time, its number of steps and its slowest step (what
// bounds one function invocation), and whether both wrote the same rollups.
//   flock /tmp/baton-emulators.lock node scripts/with-emulators.mjs tsx tests/bench/rebuild-job.ts
import { rollupDocId, type KeyedRollup } from "@baton/shared";
import { isDeepStrictEqual } from "node:util";
import { JOB_KIND_TABLE } from "../../backend/src/jobs/kinds";
import { advanceJob } from "../../backend/src/jobs/run";
import { startJob } from "../../backend/src/jobs/start";
import type { JobKind } from "../../backend/src/jobs/types";
import { backfillRollups } from "../../backend/src/metrics/backfill";
import { metricsRebuildKind, type RebuildCursor } from "../../backend/src/metrics/rebuild-job";
import { mergeShards, toKeyedRollup } from "../../backend/src/metrics/rollup-docs";
import { generateMonth } from "../../shared/test/metrics/generate-month";
import { clearOrg, emulatorDb } from "../dashboard/support";

const db = emulatorDb();
const COUNT = Number(process.env.BENCH_CONVERSATIONS ?? 500);
const month = generateMonth(COUNT, 11, 30);

async function seed(org: string): Promise<void> {
  await clearOrg(db, org);
  const orgDoc = db.collection("orgs").doc(org);
  const writer = db.bulkWriter();
  for (const c of month) {
    const ref = orgDoc.collection("conversations").doc(c.key);
    void writer.set(ref, { key: c.key, mailboxId: c.mailboxId, subject: c.key });
    for (const event of c.events) void writer.set(ref.collection("events").doc(event.id), { ...event });
  }
  await writer.close();
}

async function rollupsOf(org: string): Promise<Map<string, KeyedRollup>> {
  const snapshot = await db.collection(`orgs/${org}/rollups`).get();
  const keyed = snapshot.docs.map((doc) => toKeyedRollup(doc.data())).filter((r) => r !== null);
  return new Map(mergeShards(keyed).map((r) => [rollupDocId(r.key), r]));
}

async function main(): Promise<void> {
  await seed("bench-oneshot");
  await seed("bench-job");
  const t0 = performance.now();
  await backfillRollups(db, "bench-oneshot");
  const oneShotMs = performance.now() - t0;

  const steps: number[] = [];
  const timed: JobKind<RebuildCursor> = {
    kind: "metrics_rebuild",
    async step(ctx, cursor) {
      const started = performance.now();
      const result = await metricsRebuildKind.step(ctx, cursor);
      steps.push(performance.now() - started);
      return result;
    },
  };
  const { job } = await startJob(
    db,
    "bench-job",
    { kind: "metrics_rebuild", scope: null, params: {}, requestedBy: "bench" },
    Date.now(),
  );
  const t1 = performance.now();
  let state = job.state;
  for (let run = 0; state !== "done" && state !== "failed"; run += 1) {
    const now = await advanceJob(db, "bench-job", job.id, {
      kinds: { ...JOB_KIND_TABLE, metrics_rebuild: timed },
      owner: `bench-${run}`,
      now: () => Date.now(),
      budgetMs: 60_000,
    });
    state = now?.state ?? "failed";
  }
  const jobMs = performance.now() - t1;
  // Deep equality ignores the order of a map's keys, which differs with the order of the writes.
  const same = isDeepStrictEqual(await rollupsOf("bench-oneshot"), await rollupsOf("bench-job"));
  const sorted = [...steps].sort((a, b) => a - b);
  console.log(
    JSON.stringify(
      {
        conversations: COUNT,
        oneShotMs: Math.round(oneShotMs),
        jobMs: Math.round(jobMs),
        jobState: state,
        steps: steps.length,
        medianStepMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
        slowestStepMs: Math.round(sorted.at(-1) ?? 0),
        sameRollups: same,
      },
      null,
      2,
    ),
  );
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
