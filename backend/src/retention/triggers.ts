// Cloud Functions entry point of retention: once a day, start each org's retention sweep job.
import { logger } from "firebase-functions/logger";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { lazy } from "../runtime/lazy";

/** Loaded on the first run, not at import: the entry stays cheap for every other function. */
const wiring = lazy(async () => {
  const [{ firestore }, { startRetentionJobs }] = await Promise.all([
    import("../store/db"),
    import("./start-jobs"),
  ]);
  return { firestore, startRetentionJobs };
});

/**
 * Daily at 03:17 UTC (off the hour, away from the SLA sweeper's busy minute). It only queues a job
 * per org with a retention set; the job runner (jobs/triggers.ts) does the deleting in bounded,
 * resumable steps, and an admin watches it on GET /jobs.
 */
export const retentionSweeper = onSchedule(
  // One instance: a daily batch job; a second would find each org's job already queued.
  { schedule: "17 3 * * *", timeZone: "UTC", timeoutSeconds: 540, maxInstances: 1 },
  async () => {
    const { firestore, startRetentionJobs } = await wiring();
    const started = await startRetentionJobs(firestore(), Date.now());
    logger.info("retention jobs queued", { started });
  },
);
