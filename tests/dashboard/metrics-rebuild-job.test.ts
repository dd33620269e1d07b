/**
 * The metrics rebuild as a background job against the Firestore emulator: advanced in small steps
 * over a few hundred conversations it writes the same rollups and facts as the one-shot backfill;
 * a step that dies after its writes landed (simulated: the writes are committed, then the step
 * throws before its cursor is saved) is re-run to the same result; progress is visible meanwhile.
 */
import { rollupDocId, type KeyedRollup } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { JOB_KIND_TABLE } from "../../backend/src/jobs/kinds";
import { advanceJob, type JobKinds } from "../../backend/src/jobs/run";
import { startJob } from "../../backend/src/jobs/start";
import type { JobKind } from "../../backend/src/jobs/types";
import { backfillRollups } from "../../backend/src/metrics/backfill";
import { metricsRebuildKind, type RebuildCursor } from "../../backend/src/metrics/rebuild-job";
import { mergeShards, toKeyedRollup } from "../../backend/src/metrics/rollup-docs";
import { generateMonth } from "../../shared/test/metrics/generate-month";
import { clearOrg, emulatorDb } from "./support";

const db = emulatorDb();
const month = generateMonth(240, 7, 30);

async function seed(org: string): Promise<void> {
  await clearOrg(db, org);
  const orgDoc = db.collection("orgs").doc(org);
  const writer = db.bulkWriter();
  for (const mailboxId of ["support", "sales", "billing"])
    void writer.set(orgDoc.collection("mailboxes").doc(mailboxId), {
      address: `${mailboxId}@demo.test`,
      name: mailboxId,
      routing: { agents: [], onCall: null },
      version: 1,
    });
  for (const c of month) {
    const ref = orgDoc.collection("conversations").doc(c.key);
    void writer.set(ref, { key: c.key, mailboxId: c.mailboxId, subject: c.key });
    for (const event of c.events) void writer.set(ref.collection("events").doc(event.id), { ...event });
  }
  // A stale document of a day nobody has anything on: both rebuilds must remove it.
  void writer.set(orgDoc.collection("rollups").doc("2020-01-01_support__all"), {
    day: "2020-01-01",
    mailboxId: "support",
    agent: "_all",
    counts: { received: 9 },
  });
  await writer.close();
}

async function rollupsOf(org: string): Promise<Map<string, KeyedRollup>> {
  const snapshot = await db.collection(`orgs/${org}/rollups`).get();
  const keyed = snapshot.docs.map((doc) => toKeyedRollup(doc.data())).filter((r) => r !== null);
  return new Map(mergeShards(keyed).map((r) => [rollupDocId(r.key), r]));
}

async function factsOf(org: string): Promise<Map<string, unknown>> {
  const snapshot = await db.collection(`orgs/${org}/metricFacts`).get();
  return new Map(
    snapshot.docs.map((doc) => {
      const { rebuiltBy: _job, ...facts } = doc.data();
      return [doc.id, facts];
    }),
  );
}

/** Drives a job to its end in short runs of tiny steps, recording the progress seen between runs. */
async function runToEnd(database: Firestore, org: string, kinds: JobKinds) {
  const { job } = await startJob(
    database,
    org,
    { kind: "metrics_rebuild", scope: null, params: {}, requestedBy: "test" },
    Date.now(),
  );
  const seen: Array<{ state: string; processed: number; total: number | null }> = [];
  for (let run = 0; run < 500; run += 1) {
    const now = await advanceJob(database, org, job.id, {
      kinds,
      owner: `test-${run}`,
      now: () => Date.now(),
      budgetMs: 150,
      // A few conversations per step: many steps, each saving its cursor.
      stepBudgetMs: 5,
    });
    if (now === null) throw new Error("job vanished");
    seen.push({ state: now.state, processed: now.processed, total: now.total });
    if (now.state === "done" || now.state === "failed") return { id: job.id, seen, final: now };
  }
  throw new Error("the job did not finish in 500 runs");
}

describe("the metrics rebuild job", () => {
  const ONE_SHOT = "rebuild-oneshot";
  let expectedRollups: Map<string, KeyedRollup>;
  let expectedFacts: Map<string, unknown>;

  beforeAll(async () => {
    await seed(ONE_SHOT);
    await backfillRollups(db, ONE_SHOT);
    expectedRollups = await rollupsOf(ONE_SHOT);
    expectedFacts = await factsOf(ONE_SHOT);
    expect(expectedRollups.size).toBeGreaterThan(50);
    expect(expectedFacts.size).toBe(month.length);
  });

  it("in small steps gives the one-shot rebuild's rollups and facts, with progress to watch", async () => {
    const ORG = "rebuild-steps";
    await seed(ORG);
    const { id, seen, final } = await runToEnd(db, ORG, JOB_KIND_TABLE);
    expect(final).toMatchObject({ state: "done", processed: month.length, total: month.length, error: null });
    // Progress moved in many visible steps, never backwards, and was known from the first.
    const running = seen.filter((s) => s.state === "running");
    expect(running.length).toBeGreaterThan(5);
    expect(running.every((s) => s.total === month.length)).toBe(true);
    for (let i = 1; i < seen.length; i += 1)
      expect(seen[i]?.processed ?? 0).toBeGreaterThanOrEqual(seen[i - 1]?.processed ?? 0);
    expect(await rollupsOf(ORG)).toEqual(expectedRollups);
    expect(await factsOf(ORG)).toEqual(expectedFacts);
    // Nothing staged is left behind, and the kind's lock is free for the next rebuild.
    expect((await db.collection(`orgs/${ORG}/jobs/${id}/rollups`).get()).size).toBe(0);
    expect((await db.doc(`activeJobs/${ORG}:metrics_rebuild`).get()).exists).toBe(false);
  });

  it("re-run after steps that died with their writes landed gives the same result", async () => {
    const ORG = "rebuild-crash";
    await seed(ORG);
    // Dies on the 3rd and 7th facts steps and on the 2nd publish step: the page's writes are
    // committed (as by a runner killed after its effects), then the step throws before its cursor.
    const crashAt = new Set([3, 7]);
    let factsSteps = 0;
    let publishSteps = 0;
    let crashes = 0;
    const crashing: JobKind<RebuildCursor> = {
      kind: "metrics_rebuild",
      async step(ctx, cursor) {
        const result = await metricsRebuildKind.step(ctx, cursor);
        const phase = cursor?.phase ?? "facts";
        const n = phase === "facts" ? ++factsSteps : phase === "publish" ? ++publishSteps : 0;
        const dies = (phase === "facts" && crashAt.has(n)) || (phase === "publish" && n === 2);
        if (dies && result.commit !== undefined) {
          const commit = result.commit;
          await db.runTransaction((tx) => commit(tx));
          crashes += 1;
          throw new Error("killed after the page's writes");
        }
        return result;
      },
    };
    const { seen, final } = await runToEnd(db, ORG, { ...JOB_KIND_TABLE, metrics_rebuild: crashing });
    expect(crashes).toBe(3);
    // A failed step is visible (error sentence) and retried, not fatal.
    expect(seen.some((s) => s.state === "running")).toBe(true);
    expect(final).toMatchObject({ state: "done", processed: month.length, error: null });
    expect(await rollupsOf(ORG)).toEqual(expectedRollups);
    expect(await factsOf(ORG)).toEqual(expectedFacts);
  });

  it("runs one job per kind and org: a second request gets the running one", async () => {
    const ORG = "rebuild-once";
    await clearOrg(db, ORG);
    const request = { kind: "metrics_rebuild", scope: null, params: {}, requestedBy: "a" } as const;
    const [a, b] = await Promise.all([
      startJob(db, ORG, request, Date.now()),
      startJob(db, ORG, request, Date.now()),
    ]);
    expect(a.job.id).toBe(b.job.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
  });

  it("lets one runner at a time hold a job (the lease)", async () => {
    const ORG = "rebuild-lease";
    await clearOrg(db, ORG);
    const { job } = await startJob(
      db,
      ORG,
      { kind: "metrics_rebuild", scope: null, params: {}, requestedBy: "t" },
      Date.now(),
    );
    // A runner that stalls inside a step holds the lease; a second runner meanwhile does nothing.
    let release: () => void = () => undefined;
    const stalled = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const slow: JobKind<RebuildCursor> = {
      kind: "metrics_rebuild",
      async step(ctx, cursor) {
        entered();
        await stalled;
        return metricsRebuildKind.step(ctx, cursor);
      },
    };
    let secondStepped = false;
    const spy: JobKind<RebuildCursor> = {
      kind: "metrics_rebuild",
      step(ctx, cursor) {
        secondStepped = true;
        return metricsRebuildKind.step(ctx, cursor);
      },
    };
    const options = { now: () => Date.now(), budgetMs: 60_000 };
    const first = advanceJob(db, ORG, job.id, {
      ...options,
      kinds: { ...JOB_KIND_TABLE, metrics_rebuild: slow },
      owner: "one",
    });
    await inside;
    const second = await advanceJob(db, ORG, job.id, {
      ...options,
      kinds: { ...JOB_KIND_TABLE, metrics_rebuild: spy },
      owner: "two",
    });
    expect(secondStepped).toBe(false);
    expect(second?.state).toBe("running");
    release();
    // The holder finishes the (empty) org's job; the second runner never touched it.
    expect((await first)?.state).toBe("done");
    expect(secondStepped).toBe(false);
  });
});
