/**
 * The CSV export: one row per conversation, the facts behind every dashboard number. RFC 4180
 * quoting; cells that a spreadsheet would run as a formula are prefixed with a quote (CSV injection).
 */
import type { ConversationFacts } from "./facts";
import { factCounts } from "./facts-compact";

export interface ExportRow {
  key: string;
  mailboxId: string;
  subject: string;
  facts: ConversationFacts;
}

export const CSV_COLUMNS = [
  "conversation",
  "mailbox",
  "subject",
  "status",
  "priority",
  "assignee",
  "first_customer_message",
  "first_reply_at",
  "first_reply_by",
  "first_response_business_min",
  "first_response_wall_min",
  "resolved_at",
  "resolution_business_min",
  "resolution_wall_min",
  "customer_messages",
  "replies",
  "reopens",
  "first_response_sla",
  "next_response_met",
  "next_response_breached",
  "resolution_met",
  "resolution_breached",
] as const;

function iso(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? "" : new Date(ms).toISOString();
}

function minutes(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? "" : (ms / 60_000).toFixed(1);
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(row: ExportRow): string {
  const f = row.facts;
  const lastResolution = f.resolutionTimes[f.resolutionTimes.length - 1];
  // Stored facts list only their newest entries and count the rest (facts-compact.ts).
  const counts = factCounts(f);
  const outcomes = (clock: string, outcome: string) => String(counts.outcomes(clock, outcome));
  const firstResponse = f.clockOutcomes.find((o) => o.clock === "first_response");
  const cells = [
    row.key,
    row.mailboxId,
    row.subject,
    f.status,
    f.priority,
    f.assignee ?? "",
    iso(f.firstInboundAt),
    iso(f.firstReply?.at),
    f.firstReply?.agent ?? "",
    minutes(f.firstReply?.businessMs),
    minutes(f.firstReply?.wallMs),
    iso(lastResolution?.at),
    minutes(lastResolution?.businessMs),
    minutes(lastResolution?.wallMs),
    String(counts.inbound),
    String(counts.replies),
    String(counts.reopens),
    firstResponse?.outcome ?? "",
    outcomes("next_response", "met"),
    outcomes("next_response", "breached"),
    outcomes("resolution", "met"),
    outcomes("resolution", "breached"),
  ];
  return cells.map(csvCell).join(",");
}

export function toCsv(rows: Iterable<ExportRow>): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of rows) lines.push(csvRow(row));
  return `${lines.join("\r\n")}\r\n`;
}
