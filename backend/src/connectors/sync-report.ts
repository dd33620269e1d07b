import { addResults, emptyResult, type IngestResult } from "./sink";
import type { MailMessage } from "./mail-message";

/** What one run of an engine did. */
export interface SyncReport {
  result: IngestResult;
  pages: number;
  resyncs: number;
  /** Date of the newest message delivered in this run: the lag is measured against it. */
  newestSentAt: number | null;
  /** False when the run stopped at its page budget with more to read (the next run continues). */
  complete: boolean;
}

export function emptyReport(): SyncReport {
  return { result: emptyResult(), pages: 0, resyncs: 0, newestSentAt: null, complete: true };
}

export function addPage(
  report: SyncReport,
  result: IngestResult,
  messages: readonly MailMessage[],
): SyncReport {
  const newest = messages.reduce<number | null>(
    (max, m) => (Number.isFinite(m.sentAt) && (max === null || m.sentAt > max) ? m.sentAt : max),
    report.newestSentAt,
  );
  return {
    ...report,
    result: addResults(report.result, result),
    pages: report.pages + 1,
    newestSentAt: newest,
  };
}

/** Runs `fetch` over `items` with at most `limit` in flight, keeping order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fetch: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fetch(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export const DAY_MS = 86_400_000;
