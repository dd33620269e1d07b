import { fetchEach, setAside } from "../isolate";
import type { FailedMessage, IngestResult, MessageSink } from "../sink";
import type { ConnectorOptions, CursorStore } from "../state";
import { addPage, DAY_MS, emptyReport, type SyncReport } from "../sync-report";
import { ProviderError } from "../provider-error";
import type { GmailApi, MessageRef } from "./gmail-api";

/**
 * Where a Gmail sync resumes. The initial phase lists messages after `sinceMs` page by page; the
 * history id is taken *before* the first page, so mail that arrives while the list runs is caught by
 * the incremental phase that follows (a message in both is absorbed by the observe path's idempotency).
 * A cursor is saved only after its page was ingested: a crash replays at most one page.
 */
export type GmailCursor =
  | {
      phase: "initial";
      sinceMs: number;
      historyId: string;
      pageToken: string | null;
      /** Messages read so far and the cap (resyncs only): a broken cursor cannot read a whole mailbox. */
      read: number;
      limit: number | null;
    }
  | { phase: "incremental"; historyId: string; pageToken: string | null };

export interface GmailSyncDeps {
  api: GmailApi;
  sink: MessageSink;
  cursor: CursorStore<GmailCursor>;
  options: Pick<ConnectorOptions, "initialDays" | "resyncDays" | "maxResyncMessages">;
  nowMs: number;
  pageSize?: number;
  /** Pages per run; the rest waits for the next run (functions have a time limit). */
  maxPages?: number;
  /**
   * Keeps the messages that failed for a reason of their own (dead letters), before the cursor
   * moves past them. Without it such a failure stops the run, as a transient one does.
   */
  setAside?: (failed: readonly FailedMessage[]) => Promise<void>;
}

/** Gmail's `after:` takes epoch seconds; a fixed instant keeps the query stable across a resume. */
export function initialQuery(sinceMs: number): string {
  return `after:${Math.floor(sinceMs / 1000)} -in:drafts`;
}

export async function syncGmail(deps: GmailSyncDeps): Promise<SyncReport> {
  const pageSize = deps.pageSize ?? 100;
  const maxPages = deps.maxPages ?? 200;
  let report = emptyReport();
  let cursor = (await deps.cursor.load()) ?? (await startFull(deps, deps.options.initialDays, null));

  const ingest = async (refs: readonly MessageRef[]) => {
    const unique = [...new Map(refs.map((r) => [r.id, r])).values()];
    const fetched = await fetchEach(
      unique,
      (ref) => deps.api.getMessage(ref.id),
      (ref) => ({ providerId: ref.id, folder: null }),
    );
    const messages = fetched.messages;
    const ingested = await deps.sink.ingest(messages);
    const result: IngestResult = { ...ingested, failed: [...fetched.failed, ...ingested.failed] };
    await setAside(deps.setAside, result.failed);
    report = addPage(report, result, messages);
    return { result, messages };
  };

  for (;;) {
    if (report.pages >= maxPages) return { ...report, complete: false };
    if (cursor.phase === "initial") {
      const page = await deps.api.listMessages(initialQuery(cursor.sinceMs), cursor.pageToken, pageSize);
      const room = cursor.limit === null ? page.refs.length : Math.max(0, cursor.limit - cursor.read);
      const refs = page.refs.slice(0, room);
      const { result } = await ingest(refs);
      const read = cursor.read + refs.length;
      const more = page.nextPageToken !== null && (cursor.limit === null || read < cursor.limit);
      const next: GmailCursor = more
        ? { ...cursor, pageToken: page.nextPageToken, read }
        : { phase: "incremental", historyId: cursor.historyId, pageToken: null };
      await deps.cursor.save(next, countsOf(result));
      cursor = next;
      continue;
    }

    let page;
    try {
      page = await deps.api.listHistory(cursor.historyId, cursor.pageToken);
    } catch (error) {
      if (!(error instanceof ProviderError && error.status === 404)) throw error;
      // The stored history id expired (Gmail keeps about a week, sometimes hours): read the recent
      // past again, bounded; what was already recorded is absorbed as known.
      cursor = await startFull(deps, deps.options.resyncDays, deps.options.maxResyncMessages);
      await deps.cursor.save(cursor, { resyncs: 1 });
      report = { ...report, resyncs: report.resyncs + 1 };
      continue;
    }
    const { result } = await ingest(page.refs);
    const next: GmailCursor =
      page.nextPageToken === null
        ? { phase: "incremental", historyId: page.historyId, pageToken: null }
        : { phase: "incremental", historyId: cursor.historyId, pageToken: page.nextPageToken };
    await deps.cursor.save(next, countsOf(result));
    cursor = next;
    if (page.nextPageToken === null) return report;
  }
}

async function startFull(deps: GmailSyncDeps, days: number, limit: number | null): Promise<GmailCursor> {
  const historyId = await deps.api.currentHistoryId();
  return {
    phase: "initial",
    sinceMs: deps.nowMs - days * DAY_MS,
    historyId,
    pageToken: null,
    read: 0,
    limit,
  };
}

function countsOf(result: IngestResult) {
  return {
    recorded: result.recorded,
    known: result.known,
    skipped: result.skipped,
    deadLettered: result.failed.length,
    pages: 1,
  };
}
