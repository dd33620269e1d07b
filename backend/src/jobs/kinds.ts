import { holidayRecomputeKind } from "../holidays/recompute";
import { metricsRebuildKind } from "../metrics/rebuild-job";
import { retentionSweepKind } from "../retention/sweep";
import { memberLoadRebuildKind } from "../routing/load-rebuild";
import type { JobKinds } from "./run";

/** Every kind of background job, by the name stored on its documents. */
export const JOB_KIND_TABLE: JobKinds = {
  metrics_rebuild: metricsRebuildKind,
  holiday_recompute: holidayRecomputeKind,
  retention_sweep: retentionSweepKind,
  member_load_rebuild: memberLoadRebuildKind,
};
