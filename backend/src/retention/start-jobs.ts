import type { Firestore } from "firebase-admin/firestore";
import { startJob } from "../jobs/start";
import { orgsWithRetention } from "./sweep";

/** Queues the retention sweep of every org with a retention set (an org's running one is kept). */
export async function startRetentionJobs(db: Firestore, nowMs: number): Promise<number> {
  let started = 0;
  for await (const org of orgsWithRetention(db, nowMs)) {
    const { created } = await startJob(
      db,
      org,
      { kind: "retention_sweep", scope: null, params: { asOf: nowMs }, requestedBy: "retention schedule" },
      nowMs,
    );
    if (created) started += 1;
  }
  return started;
}
