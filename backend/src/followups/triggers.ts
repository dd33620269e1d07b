// Cloud Functions entry points of follow-ups (issue 17): the minute sweep that wakes due follow-ups
// and ended snoozes, and its on-demand twin for the emulator. Thin: the work is sweep.ts.
import { logger } from "firebase-functions/logger";
import { onRequest } from "firebase-functions/v2/https";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { emulatorOnly } from "../runtime/emulator-only";
import { lazy } from "../runtime/lazy";

const sweep = lazy(async () => {
  const [{ runFollowUpSweep }, { firestore }] = await Promise.all([import("./sweep"), import("../store/db")]);
  return { runFollowUpSweep, db: firestore };
});

/** One sweep at a time: a second instance would only race the first for the same conversations. */
const SWEEPER_INSTANCES = 1;

/** Every minute: what is due comes back to the queue, its owner told once. */
export const followUpSweeper = onSchedule(
  { schedule: "every 1 minutes", timeoutSeconds: 300, maxInstances: SWEEPER_INSTANCES },
  async () => {
    const { runFollowUpSweep, db } = await sweep();
    logger.info("follow-up sweep", await runFollowUpSweep(db(), Date.now()));
  },
);

/**
 * The sweep now (scheduled functions never fire in the emulator), at `?now=<epoch ms>` and for one
 * org (`?org=`) when given, so a test's clock and its own org are all it touches.
 */
export const followUpSweepNow = emulatorOnly(() =>
  onRequest({ maxInstances: 1 }, async (req, res) => {
    const { runFollowUpSweep, db } = await sweep();
    const at = Number(req.query.now);
    const org = typeof req.query.org === "string" && req.query.org !== "" ? req.query.org : undefined;
    res.json(await runFollowUpSweep(db(), Number.isFinite(at) && at > 0 ? at : Date.now(), { org }));
  }),
);
