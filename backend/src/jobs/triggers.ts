// Cloud Functions entry point of background jobs: every minute, advance every org's active jobs.
import { logger } from "firebase-functions/logger";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { lazy } from "../runtime/lazy";

/** Loaded on the first run, not at import: the entry stays cheap for every other function. */
const wiring = lazy(async () => {
  const [{ firestore }, { advanceActiveJobs }, { JOB_KIND_TABLE }, { SCHEDULER_RUN_BUDGET_MS }, crypto] =
    await Promise.all([
      import("../store/db"),
      import("./run"),
      import("./kinds"),
      import("./limits"),
      import("node:crypto"),
    ]);
  return { firestore, advanceActiveJobs, JOB_KIND_TABLE, SCHEDULER_RUN_BUDGET_MS, crypto };
});

/**
 * Continues what requests started (a rebuild, a recompute) and the daily retention sweep, a step at
 * a time. Runs overlapping by a slow run are safe: each job's lease lets one runner hold it.
 */
export const jobRunner = onSchedule(
  // One instance: jobs are few (one per kind and org); a second would only wait on the leases.
  { schedule: "every 1 minutes", timeoutSeconds: 300, maxInstances: 1 },
  async () => {
    const { firestore, advanceActiveJobs, JOB_KIND_TABLE, SCHEDULER_RUN_BUDGET_MS, crypto } = await wiring();
    const advanced = await advanceActiveJobs(firestore(), {
      kinds: JOB_KIND_TABLE,
      owner: `scheduler-${crypto.randomUUID()}`,
      now: () => Date.now(),
      budgetMs: SCHEDULER_RUN_BUDGET_MS,
    });
    logger.info("jobs advanced", { advanced });
  },
);
