/**
 * GET /metrics, GET /export.csv and POST /metrics/rebuild. Who may call them (`export` for the
 * reads, `manage_mailboxes` for the rebuild) is declared in shared/src/api/metrics.ts and checked by
 * the API's one middleware before these run.
 */
import type { exportQuerySchema, JobView, metricsQuerySchema, MetricsResponse } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import type { z } from "zod";
import type { Principal } from "../auth/principal";
import { requestJob } from "../jobs/kick";
import { EXPORT_NEXT_HEADER, exportCsv } from "./export-csv";
import { readMetrics } from "./read-metrics";

interface Input<Q> {
  principal: Principal;
  query: Q;
  nowMs: number;
}

/** A body the HTTP adapter sends as a file rather than JSON (see `isFileBody`). */
export interface FileBody {
  contentType: string;
  filename: string;
  text: string;
  /** Headers to send with the file (the export's next-page cursor), exposed to the dashboard. */
  headers?: Record<string, string>;
}

export function isFileBody(body: unknown): body is FileBody {
  if (typeof body !== "object" || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b.contentType === "string" && typeof b.filename === "string" && typeof b.text === "string";
}

export function metricsHandler(db: Firestore) {
  return async ({
    principal,
    query,
  }: Input<z.output<typeof metricsQuerySchema>>): Promise<MetricsResponse> => {
    return readMetrics(db, principal.org, query);
  };
}

export function exportCsvHandler(db: Firestore) {
  return async ({ principal, query }: Input<z.output<typeof exportQuerySchema>>): Promise<FileBody> => {
    const { text, next } = await exportCsv(db, principal.org, query);
    const scope = query.mailbox === undefined ? "all" : query.mailbox;
    return {
      contentType: "text/csv; charset=utf-8",
      filename: `baton-${scope}-${query.from}-${query.to}.csv`,
      text,
      // One page per answer (export-csv.ts): the client asks again with this cursor until none.
      ...(next === null ? {} : { headers: { [EXPORT_NEXT_HEADER]: next } }),
    };
  };
}

/** Starts (or finds) the org's rebuild job and answers it (202): the work runs in steps (jobs/). */
export function rebuildMetricsHandler(db: Firestore) {
  return async ({ principal, nowMs }: Input<unknown>): Promise<JobView> => {
    const request = {
      kind: "metrics_rebuild",
      scope: null,
      params: {},
      requestedBy: principal.email,
    } as const;
    return requestJob(db, principal.org, request, nowMs);
  };
}
