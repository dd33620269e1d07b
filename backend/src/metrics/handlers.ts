/**
 * GET /metrics, GET /export.csv and POST /metrics/rebuild. Reporting is for leads and admins: the
 * permission table has no separate "see metrics" action, and `export` (leads, admins) is the one that
 * already means "may see team-wide figures"; rebuilding rewrites every rollup, so it is an admin's
 * (`manage_mailboxes`, the same right that changes the policies it depends on).
 */
import { can, type exportQuerySchema, type metricsQuerySchema, type MetricsResponse } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import type { z } from "zod";
import type { Principal } from "../auth/principal";
import { fail } from "../http/errors";
import { backfillRollups, type BackfillResult } from "./backfill";
import { exportCsv } from "./export-csv";
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
}

export function isFileBody(body: unknown): body is FileBody {
  if (typeof body !== "object" || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b.contentType === "string" && typeof b.filename === "string" && typeof b.text === "string";
}

function requireReporting(principal: Principal): void {
  if (!can(principal.role, "export")) {
    fail("forbidden", `Team metrics are for leads and admins; your role is ${principal.role}.`);
  }
}

export function metricsHandler(db: Firestore) {
  return async ({
    principal,
    query,
  }: Input<z.output<typeof metricsQuerySchema>>): Promise<MetricsResponse> => {
    requireReporting(principal);
    return readMetrics(db, principal.org, query);
  };
}

export function exportCsvHandler(db: Firestore) {
  return async ({ principal, query }: Input<z.output<typeof exportQuerySchema>>): Promise<FileBody> => {
    requireReporting(principal);
    const text = await exportCsv(db, principal.org, query);
    const scope = query.mailbox === undefined ? "all" : query.mailbox;
    return {
      contentType: "text/csv; charset=utf-8",
      filename: `baton-${scope}-${query.from}-${query.to}.csv`,
      text,
    };
  };
}

export function rebuildMetricsHandler(db: Firestore) {
  return async ({ principal }: Input<unknown>): Promise<BackfillResult> => {
    if (!can(principal.role, "manage_mailboxes")) {
      fail("forbidden", "Only admins can rebuild the metrics.");
    }
    return backfillRollups(db, principal.org);
  };
}
