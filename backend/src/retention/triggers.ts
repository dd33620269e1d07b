// Cloud Functions entry point of retention: once a day, delete what orgs asked not to keep.
import { logger } from "firebase-functions/logger";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { lazy } from "../runtime/lazy";

/** Loaded on the first run, not at import: the entry stays cheap for every other function. */
const wiring = lazy(async () => {
  const [{ firestore }, { runRetentionSweep }] = await Promise.all([
    import("../store/db"),
    import("./sweep"),
  ]);
  return { firestore, runRetentionSweep };
});

/** Daily at 03:17 UTC (off the hour, away from the SLA sweeper's busy minute); bounded per run. */
export const retentionSweeper = onSchedule(
  // One instance: a daily batch job; a second would only delete the same documents twice.
  { schedule: "17 3 * * *", timeZone: "UTC", timeoutSeconds: 540, maxInstances: 1 },
  async () => {
    const { firestore, runRetentionSweep } = await wiring();
    const report = await runRetentionSweep(firestore(), Date.now(), { limit: 5_000 });
    logger.info("retention sweep", report);
  },
);
