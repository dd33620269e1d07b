import type { Firestore } from "firebase-admin/firestore";

/**
 * Where jobs live:
 * orgs/{org}/jobs/{jobId}            kind, scope, state, cursor (JSON), processed/total, stage, lease,
 *                                    startedAt/updatedAt/finishedAt, error, requestedBy
 * orgs/{org}/jobs/{jobId}/rollups/…  a metrics rebuild's staged rollups (metrics/backfill.ts)
 * activeJobs/{org}:{kind}[:{scope}]  {org, jobId}: the one active job of a kind (and scope). Top
 *                                    level, so the scheduler lists every org's active jobs with a
 *                                    plain read of a small collection (no collection-group index),
 *                                    and so "one active job per kind" is one document to check.
 */
export const jobPaths = {
  jobs: (db: Firestore, org: string) => db.collection("orgs").doc(org).collection("jobs"),
  job: (db: Firestore, org: string, id: string) => jobPaths.jobs(db, org).doc(id),
  actives: (db: Firestore) => db.collection("activeJobs"),
  active: (db: Firestore, org: string, lock: string) => db.collection("activeJobs").doc(`${org}:${lock}`),
};

/** The lock of a kind (and scope: a recompute per mailbox may run beside another mailbox's). */
export function lockOf(kind: string, scope: string | null): string {
  return scope === null ? kind : `${kind}:${scope}`;
}
