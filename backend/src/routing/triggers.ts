// The routing sweep's Cloud Function: every minute, per org, resume unfinished rebalances and assign
// the conversations waiting for someone available (waiting.ts). Thin, like sla/triggers.ts.
import { logger } from "firebase-functions/logger";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { lazy } from "../runtime/lazy";

const engine = lazy(async () => {
  const [{ firestore }, { routingSweepOrg }, { ROUTING_SWEEP_ORGS }] = await Promise.all([
    import("../store/db"),
    import("./waiting"),
    import("./limits"),
  ]);
  return { firestore, routingSweepOrg, ROUTING_SWEEP_ORGS };
});

/** One sweep at a time: a second instance would only race the first for the same conversations. */
const ROUTING_SWEEPER_INSTANCES = 1;

export const routingSweeper = onSchedule(
  { schedule: "every 1 minutes", timeoutSeconds: 300, maxInstances: ROUTING_SWEEPER_INSTANCES },
  async () => {
    const { firestore, routingSweepOrg, ROUTING_SWEEP_ORGS } = await engine();
    const db = firestore();
    const orgs = await db.collection("orgs").select().limit(ROUTING_SWEEP_ORGS).get();
    for (const org of orgs.docs) {
      try {
        const report = await routingSweepOrg(db, org.id);
        if (report.assigned > 0 || report.rebalances > 0)
          logger.info("routing sweep", { org: org.id, ...report });
      } catch (error) {
        // One org's failure (a bad document) must not starve the others.
        logger.error("routing sweep failed", { org: org.id, error: String(error) });
      }
    }
  },
);
