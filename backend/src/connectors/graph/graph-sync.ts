import type { MailMessage } from "../mail-message";
import { ProviderError } from "../provider-error";
import { fetchEach, setAside } from "../isolate";
import type { FailedMessage, IngestResult, MessageSink } from "../sink";
import type { ConnectorOptions, CursorStore } from "../state";
import { addPage, DAY_MS, emptyReport, type SyncReport } from "../sync-report";
import {
  GRAPH_FOLDERS,
  toMailMessage,
  type GraphApi,
  type GraphDeltaItem,
  type GraphFolder,
} from "./graph-api";

/**
 * Where one folder's delta resumes: inside a round (`nextLink`), between rounds (`deltaLink`), or
 * nowhere yet (an initial round from `sinceMs`). Saved only after the page it follows was ingested.
 */
export interface FolderCursor {
  sinceMs: number;
  nextLink: string | null;
  deltaLink: string | null;
  /** Messages ingested in the current initial round, and its cap (resyncs only). */
  read: number;
  limit: number | null;
}

export type GraphCursor = Record<GraphFolder, FolderCursor>;

export interface GraphSyncDeps {
  api: GraphApi;
  sink: MessageSink;
  cursor: CursorStore<GraphCursor>;
  options: Pick<ConnectorOptions, "initialDays" | "resyncDays" | "maxResyncMessages">;
  nowMs: number;
  maxPages?: number;
  /** Keeps messages that failed for a reason of their own (see GmailSyncDeps.setAside). */
  setAside?: (failed: readonly FailedMessage[]) => Promise<void>;
}

/** Graph answers an expired or invalid delta token with 410 Gone (syncStateNotFound and kin). */
function isExpiredDelta(error: unknown): boolean {
  return error instanceof ProviderError && (error.status === 410 || /syncState/i.test(error.code ?? ""));
}

/**
 * Runs Inbox and Sent Items delta until both reach a deltaLink (or the page budget runs out).
 * Delta rows repeat when a message changes (read, flagged, moved); the observe path absorbs them.
 */
export async function syncGraph(deps: GraphSyncDeps): Promise<SyncReport> {
  const maxPages = deps.maxPages ?? 200;
  let report = emptyReport();
  const fresh = (days: number, limit: number | null): FolderCursor => ({
    sinceMs: deps.nowMs - days * DAY_MS,
    nextLink: null,
    deltaLink: null,
    read: 0,
    limit,
  });
  let cursor: GraphCursor = (await deps.cursor.load()) ?? {
    inbox: fresh(deps.options.initialDays, null),
    sentitems: fresh(deps.options.initialDays, null),
  };

  for (const folder of GRAPH_FOLDERS) {
    let atDeltaLink = false;
    while (!atDeltaLink) {
      if (report.pages >= maxPages) return { ...report, complete: false };
      const state = cursor[folder];
      const url = state.nextLink ?? state.deltaLink ?? deps.api.initialDeltaUrl(folder, state.sinceMs);
      let page;
      try {
        page = await deps.api.deltaPage(url);
      } catch (error) {
        if (!isExpiredDelta(error)) throw error;
        cursor = { ...cursor, [folder]: fresh(deps.options.resyncDays, deps.options.maxResyncMessages) };
        await deps.cursor.save(cursor, { resyncs: 1 });
        report = { ...report, resyncs: report.resyncs + 1 };
        continue;
      }
      const inRound = state.deltaLink === null || state.nextLink !== null;
      const room = state.limit === null || !inRound ? Infinity : Math.max(0, state.limit - state.read);
      const rows = page.items.filter((item) => item["@removed"] === undefined && item.isDraft !== true);
      // Past a resync's cap the round is still paged to its deltaLink, but nothing more is fetched.
      const taken = rows.slice(0, room === Infinity ? rows.length : room);
      const fetched = await fetchMessages(deps.api, taken, folder);
      const messages = fetched.messages;
      const ingested = await deps.sink.ingest(messages);
      const result: IngestResult = { ...ingested, failed: [...fetched.failed, ...ingested.failed] };
      await setAside(deps.setAside, result.failed);
      report = addPage(report, result, messages);
      const next: FolderCursor =
        page.nextLink !== null
          ? { ...state, nextLink: page.nextLink, read: state.read + taken.length }
          : { ...state, nextLink: null, deltaLink: page.deltaLink, read: 0, limit: null };
      cursor = { ...cursor, [folder]: next };
      await deps.cursor.save(cursor, {
        recorded: result.recorded,
        known: result.known,
        skipped: result.skipped,
        deadLettered: result.failed.length,
        pages: 1,
      });
      atDeltaLink = page.nextLink === null;
    }
  }
  return report;
}

/** `folder` is the delta the rows came from: Sent Items rows are the mailbox's own sent mail. */
async function fetchMessages(
  api: GraphApi,
  rows: readonly GraphDeltaItem[],
  folder: GraphFolder,
): Promise<{ messages: MailMessage[]; failed: FailedMessage[] }> {
  return fetchEach(
    rows,
    async (row) => {
      const headers = await api.messageHeaders(row.id);
      // Gone since the delta page was made: nothing to record.
      return headers === null ? null : toMailMessage(row, headers, folder);
    },
    (row) => ({ providerId: row.id, folder }),
  );
}
