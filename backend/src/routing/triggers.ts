// The routing sweep's Cloud Functions: every minute, per org, resume unfinished rebalances and assign
// the conversations waiting for someone available (waiting.ts). Thin, like sla/triggers.ts.
import { logger } from "firebase-functions/logger";
import { onRequest } from "firebase-functions/v2/https";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { emulatorOnly } from "../runtime/emulator-only";
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

/** Sweeps every org (a page of ROUTING_SWEEP_ORGS), or one; answers what each did. */
async function sweep(only?: string): Promise<Record<string, unknown>> {
  const { firestore, routingSweepOrg, ROUTING_SWEEP_ORGS } = await engine();
  const db = firestore();
  const orgs =
    only === undefined
      ? (await db.collection("orgs").select().limit(ROUTING_SWEEP_ORGS).get()).docs.map((d) => d.id)
      : [only];
  const out: Record<string, unknown> = {};
  for (const org of orgs) {
    try {
      const report = await routingSweepOrg(db, org);
      if (report.assigned > 0 || report.rebalances > 0) out[org] = report;
    } catch (error) {
      // One org's failure (a bad document) must not starve the others.
      logger.error("routing sweep failed", { org, error: String(error) });
    }
  }
  return out;
}

export const routingSweeper = onSchedule(
  { schedule: "every 1 minutes", timeoutSeconds: 300, maxInstances: ROUTING_SWEEPER_INSTANCES },
  async () => {
    logger.info("routing sweep", await sweep());
  },
);

/** Run the routing sweep now, optionally for `?org=` (scheduled functions never fire in the emulator). */
export const routingSweepNow = emulatorOnly(() =>
  onRequest({ maxInstances: 1 }, async (req, res) => {
    const org = typeof req.query.org === "string" && req.query.org !== "" ? req.query.org : undefined;
    res.json(await sweep(org));
  }),
);
