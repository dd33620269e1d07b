import type { JobView } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { requestJob } from "../jobs/kick";

// Apart from load-rebuild.ts: the jobs' kind table imports that file, and the kick imports the table.

/**
 * Starts (or finds) the org's rebuild and advances it for the request's budget (jobs/kick.ts): a
 * small org is counted before the answer, a larger one is continued by the jobs scheduler.
 */
export function startLoadRebuild(
  db: Firestore,
  org: string,
  requestedBy: string,
  nowMs: number,
): Promise<JobView> {
  return requestJob(db, org, { kind: "member_load_rebuild", scope: null, params: {}, requestedBy }, nowMs);
}
