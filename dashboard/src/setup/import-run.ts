/**
 * Sending parsed CSV rows to POST /members/import in batches (SETUP_LIMITS.memberImportBatch), with
 * progress after each, and a summary that survives a failed batch: the rows of a batch that failed
 * (and of those after it) are kept as `unsent`, with the sentence why, so the admin can send them
 * again and nothing is lost.
 */
import { batchesOf, type MemberCsvRow } from "@baton/shared/admin";
import type { ImportMembersResponse } from "@baton/shared/api";

export interface ImportSummary {
  created: string[];
  updated: string[];
  unchanged: string[];
  skipped: Array<{ email: string; reason: string }>;
  /** Rows not sent (their batch failed, or a batch before it did), to retry as they are. */
  unsent: MemberCsvRow[];
  /** Why the first failed batch failed; null when every batch was answered. */
  failure: string | null;
}

export type SendBatch = (
  members: Array<Pick<MemberCsvRow, "email" | "name" | "role">>,
) => Promise<ImportMembersResponse>;

export function emptySummary(): ImportSummary {
  return { created: [], updated: [], unchanged: [], skipped: [], unsent: [], failure: null };
}

/**
 * Sends the rows batch by batch, in order. A failed batch stops the run (the next would likely fail
 * alike: signed out, offline, refused): it and the batches after it become `unsent`.
 */
export async function runImport(
  rows: readonly MemberCsvRow[],
  send: SendBatch,
  onProgress: (sent: number, total: number) => void,
  messageOf: (error: unknown) => string,
  batchSize?: number,
): Promise<ImportSummary> {
  const summary = emptySummary();
  const batches = batchesOf(rows, batchSize);
  let sent = 0;
  onProgress(0, rows.length);
  for (const [index, batch] of batches.entries()) {
    try {
      const answer = await send(batch.map(({ email, name, role }) => ({ email, name, role })));
      summary.created.push(...answer.created);
      summary.updated.push(...answer.updated);
      summary.unchanged.push(...answer.unchanged);
      summary.skipped.push(...answer.skipped);
      sent += batch.length;
      onProgress(sent, rows.length);
    } catch (error) {
      summary.failure = messageOf(error);
      summary.unsent = batches.slice(index).flat();
      break;
    }
  }
  return summary;
}

/** "120 of 480": what the progress bar says. */
export function progressText(sent: number, total: number): string {
  return `${sent} of ${total}`;
}

/** One line per outcome, as the end of the import says it. */
export function summaryLines(summary: ImportSummary): string[] {
  const count = (n: number, what: string) => `${n} ${what}`;
  const lines = [
    `${count(summary.created.length, "created")}, ${count(summary.updated.length, "updated")}, ${count(summary.unchanged.length, "unchanged")}, ${count(summary.skipped.length, "skipped")}.`,
  ];
  if (summary.failure !== null) {
    lines.push(
      `${summary.unsent.length} ${summary.unsent.length === 1 ? "row was" : "rows were"} not sent (${summary.failure}); send them again below.`,
    );
  }
  return lines;
}

/** A retry's summary added to the run it retries: what the first run did stays in view. */
export function mergeSummaries(before: ImportSummary, retry: ImportSummary): ImportSummary {
  return {
    created: [...before.created, ...retry.created],
    updated: [...before.updated, ...retry.updated],
    unchanged: [...before.unchanged, ...retry.unchanged],
    skipped: [...before.skipped, ...retry.skipped],
    unsent: retry.unsent,
    failure: retry.failure,
  };
}
