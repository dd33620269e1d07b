/**
 * GET /jobs and GET /jobs/{id}. Who may call them (`manage_mailboxes`: admins) is declared in
 * shared/src/api/jobs.ts and checked by the API's one middleware before these run.
 */
import { MAX_JOBS_LISTED, type JobView } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import { fail } from "../http/errors";
import { toJobDoc, toJobView } from "./job-doc";
import { jobPaths } from "./paths";

interface Input<P> {
  principal: Principal;
  params: P;
}

export function listJobsHandler(db: Firestore) {
  return async ({ principal }: Input<unknown>): Promise<{ jobs: JobView[] }> => {
    // Newest first by startedAt (its automatic single-field index; Firestore scans no id range
    // backwards).
    const snapshot = await jobPaths
      .jobs(db, principal.org)
      .orderBy("startedAt", "desc")
      .limit(MAX_JOBS_LISTED)
      .get();
    const jobs: JobView[] = [];
    for (const doc of snapshot.docs) {
      const job = toJobDoc(doc.data());
      if (job !== null) jobs.push(toJobView(doc.id, job));
    }
    return { jobs };
  };
}

export function getJobHandler(db: Firestore) {
  return async ({ principal, params }: Input<{ id: string }>): Promise<JobView> => {
    const snapshot = await jobPaths.job(db, principal.org, params.id).get();
    const job = snapshot.exists ? toJobDoc(snapshot.data() ?? {}) : null;
    if (job === null) fail("not_found", "errors.noJob", { job: params.id }, { job: params.id });
    return toJobView(params.id, job);
  };
}
