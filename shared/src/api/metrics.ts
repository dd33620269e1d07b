/**
 * GET /metrics and GET /export.csv: the dashboard's reads. Dates are local days ("YYYY-MM-DD") in
 * each mailbox's own zone, the unit rollups are kept in, inclusive at both ends.
 */
import { z } from "zod";
import type { MetricsSummary } from "../metrics/summarize";
import { parseLocalDate } from "../time/local-date";
import { jobResponseSchema } from "./jobs";
import { emailSchema, mailboxIdSchema } from "./primitives";
import { METRICS_LIMITS } from "../limits/metrics";

/** A year: longer ranges belong in the CSV export, and it bounds the documents one request reads. */
export const MAX_METRICS_DAYS = METRICS_LIMITS.metricsRangeDays.value;

const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected a date like 2026-10-01" });

/** NaN when either is not a real date (2026-02-30 included, which Date.parse would roll over). */
function daysBetween(from: string, to: string): number {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  return a === undefined || b === undefined ? Number.NaN : b - a;
}

const rangeShape = {
  from: localDateSchema,
  to: localDateSchema,
  mailbox: mailboxIdSchema.optional(),
};

function checkRange(value: { from: string; to: string }, ctx: z.RefinementCtx): void {
  const span = daysBetween(value.from, value.to);
  if (Number.isNaN(span)) {
    ctx.addIssue({ code: "custom", path: ["from"], message: "expected real calendar dates" });
  } else if (span < 0) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
  } else if (span >= MAX_METRICS_DAYS) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `a range is at most ${MAX_METRICS_DAYS} days` });
  }
}

/** `agent` is a member's address or `unassigned`. */
const agentFilterSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const lower = value.toLowerCase();
    if (lower === "unassigned") return "_unassigned";
    const email = emailSchema.safeParse(lower);
    if (email.success) return email.data;
    ctx.addIssue({ code: "custom", message: "expected unassigned or an email address" });
    return z.NEVER;
  });

export const metricsQuerySchema = z
  .strictObject({ ...rangeShape, agent: agentFilterSchema.optional() })
  .superRefine(checkRange);

/**
 * A page cursor is the export's own (the position of the last document of a page, base64url); a
 * conversation key and two instants fit in far less.
 */
export const MAX_EXPORT_CURSOR_LENGTH = METRICS_LIMITS.exportCursorLength.value;

export { EXPORT_NEXT_HEADER } from "./export-header";

/** `cursor`: where the previous page stopped, as its EXPORT_NEXT_HEADER named it. */
export const exportQuerySchema = z
  .strictObject({
    ...rangeShape,
    cursor: z
      .string()
      .regex(new RegExp(`^[A-Za-z0-9_-]{1,${MAX_EXPORT_CURSOR_LENGTH}}$`), {
        error: "expected the cursor a previous page named",
      })
      .optional(),
  })
  .superRefine(checkRange);

export interface MetricsResponse {
  from: string;
  to: string;
  mailbox: string | null;
  agent: string | null;
  summary: MetricsSummary;
  /** Rollup documents the backend read to answer: the O(days × mailboxes × agents) figure. */
  documentsRead: number;
  /** Open load per member now (not over the range), against their cap: routing's load documents. */
  load?: MemberLoadRow[];
}

/**
 * What a member owns and has not resolved, in every mailbox, now; `cap`: their own cap, else the
 * filtered mailbox's (routing's capacity.maxOpen), else null (none, or it differs per mailbox).
 */
export interface MemberLoadRow {
  member: string;
  open: number;
  byPriority: Record<"low" | "normal" | "high" | "urgent", number>;
  cap: number | null;
}

export const metricsResponseSchema = z.custom<MetricsResponse>(
  (value) => typeof value === "object" && value !== null && "summary" in value,
);

/** The export answers text/csv; the schema only documents that the body is a string. */
export const exportResponseSchema = z.string();

/** POST /metrics/rebuild answers 202 with the rebuild job (jobs.ts); the work runs in steps after. */
export const rebuildMetricsResponseSchema = jobResponseSchema;

/** Route entries, registered in routes.ts beside the contract's own. */
export const metricsRoutes = {
  metrics: {
    method: "GET",
    path: "/metrics",
    auth: true,
    // Team-wide figures: `export` (leads, admins) is the action that already means that.
    permission: "export",
    query: metricsQuerySchema,
    response: metricsResponseSchema,
  },
  exportCsv: {
    method: "GET",
    path: "/export.csv",
    auth: true,
    permission: "export",
    refusal: "export team metrics; they are for leads and admins",
    query: exportQuerySchema,
    response: exportResponseSchema,
  },
  /** Admins: rebuild every rollup from the event logs (after a policy or calendar change). */
  rebuildMetrics: {
    method: "POST",
    path: "/metrics/rebuild",
    auth: true,
    // It rewrites every rollup: an admin's, like the policies it depends on.
    permission: "manage_mailboxes",
    refusal: "rebuild the metrics; only admins can",
    // Accepted, not done: the rebuild is a background job the admin watches on GET /jobs/{id}.
    success: 202,
    body: z.strictObject({}),
    response: rebuildMetricsResponseSchema,
  },
} as const;
