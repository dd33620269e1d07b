import { randomUUID } from "node:crypto";
import { acknowledge, ackMessageId, replyMime, type AckLedger, type AckSender } from "./auto-ack";
import type { GmailApi } from "./gmail/gmail-api";
import { syncGmail, type GmailCursor } from "./gmail/gmail-sync";
import type { GraphApi } from "./graph/graph-api";
import { syncGraph, type GraphCursor } from "./graph/graph-sync";
import { firstFailure, MAX_REPLAYS_PER_RUN, type DeadLetter, type DeadLetterStore } from "./dead-letters";
import { folderOf, isolatingSink } from "./isolate";
import type { MailMessage } from "./mail-message";
import { replayDeadLetters, type ReplayReport } from "./replay-dead-letters";
import type { FailedMessage, MessageSink } from "./sink";
import { cursorStoreOf, type ConnectorState, type StateStore } from "./state";
import type { SyncReport } from "./sync-report";

/** Everything a run needs, injected: Firestore + real APIs in functions, memory + fakes in tests. */
export interface ConnectorRuntime {
  store: StateStore;
  /** Messages that failed alone, set aside so the mailbox syncs on (connectorDeadLetters). */
  deadLetters: DeadLetterStore;
  sinkFor(state: ConnectorState): MessageSink;
  gmailFor(state: ConnectorState): GmailApi;
  graphFor(state: ConnectorState): GraphApi;
  ledgerFor(state: ConnectorState): AckLedger;
  now(): number;
  /** How long a run may hold a mailbox before another run may take over (a crashed run's lease). */
  leaseMs?: number;
}

export type RunOutcome =
  | { status: "synced"; report: SyncReport; acks: number; replay: ReplayReport | null }
  | { status: "paused" | "busy" | "not_found" }
  | { status: "failed"; error: string };

export interface RunOptions {
  /** sync-now on a paused connector: an admin's explicit request runs anyway. */
  force?: boolean;
  /** Page budget (push handlers keep it small to answer fast; the poll catches up the rest). */
  maxPages?: number;
  /** Also replay the mailbox's due dead letters (the poll does; push runs stay short). */
  replay?: boolean;
}

/**
 * One sync run of one mailbox: lease, engine, health fields. Errors are recorded on the connector
 * (lastError, counts.errors) and returned, never thrown, so one broken mailbox cannot stop a poll
 * over the others. The cursor is the engine's business: it is saved page by page inside the run.
 */
export async function runConnector(
  rt: ConnectorRuntime,
  org: string,
  mailboxId: string,
  options: RunOptions = {},
): Promise<RunOutcome> {
  const state = await rt.store.get(org, mailboxId);
  if (state === null) return { status: "not_found" };
  if (state.paused && options.force !== true) return { status: "paused" };
  if (!(await rt.store.acquire(org, mailboxId, rt.now(), rt.leaseMs ?? 9 * 60_000)))
    return { status: "busy" };
  try {
    // Whatever one message throws (short of a transient failure) sets that message aside.
    const sink = isolatingSink(rt.sinkFor(state), (m) => folderOf(state.provider, m));
    let acks = 0;
    const ackSink: MessageSink = {
      ingest: async (batch) => {
        const result = await sink.ingest(batch);
        if (state.options.autoAck?.enabled === true)
          acks += await acknowledgeFor(rt, state, result.newConversations);
        return result;
      },
    };
    const engineOptions = {
      options: state.options,
      nowMs: rt.now(),
      sink: ackSink,
      setAside: (failed: readonly FailedMessage[]) =>
        rt.deadLetters.add(failed.map((f) => firstFailure(state, f, rt.now()))),
      ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
    };
    const report =
      state.provider === "google"
        ? await syncGmail({
            ...engineOptions,
            api: rt.gmailFor(state),
            cursor: cursorStoreOf<GmailCursor>(rt.store, org, mailboxId),
          })
        : await syncGraph({
            ...engineOptions,
            api: rt.graphFor(state),
            cursor: cursorStoreOf<GraphCursor>(rt.store, org, mailboxId),
          });
    const replay =
      options.replay === true
        ? await replayDeadLetters(
            { store: rt.deadLetters, sink: ackSink, fetch: refetcher(rt, state), nowMs: rt.now() },
            org,
            mailboxId,
            MAX_REPLAYS_PER_RUN,
          )
        : null;
    const finishedAt = rt.now();
    // Lag is measured on live mail only: the backfill's old dates say nothing about the connector.
    const live = report.newestSentAt !== null && report.newestSentAt >= state.connectedAt;
    await rt.store.patch(
      org,
      mailboxId,
      {
        lastSyncAt: finishedAt,
        lastError: null,
        ...(live && report.newestSentAt !== null
          ? { lagMs: Math.max(0, finishedAt - report.newestSentAt) }
          : {}),
      },
      replay === null
        ? { acks }
        : {
            acks,
            recorded: replay.result.recorded,
            known: replay.result.known,
            skipped: replay.result.skipped,
          },
    );
    return { status: "synced", report, acks, replay };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await rt.store.patch(
      org,
      mailboxId,
      { lastError: { message: message.slice(0, 1000), at: rt.now() } },
      { errors: 1 },
    );
    return { status: "failed", error: message };
  } finally {
    await rt.store.release(org, mailboxId);
  }
}

/** How a dead letter's message is read again: by its provider id, as the engines read it. */
function refetcher(rt: ConnectorRuntime, state: ConnectorState) {
  return (letter: DeadLetter): Promise<MailMessage | null> =>
    state.provider === "google"
      ? rt.gmailFor(state).getMessage(letter.providerId)
      : rt
          .graphFor(state)
          .getMessage(letter.providerId, letter.folder === "sentitems" ? "sentitems" : "inbox");
}

async function acknowledgeFor(
  rt: ConnectorRuntime,
  state: ConnectorState,
  conversations: Parameters<typeof acknowledge>[0],
): Promise<number> {
  const autoAck = state.options.autoAck;
  if (autoAck === undefined || conversations.length === 0) return 0;
  return acknowledge(conversations, {
    options: autoAck,
    mailbox: state.address,
    connectedAt: state.connectedAt,
    sender: senderFor(rt, state),
    ledger: rt.ledgerFor(state),
    now: () => rt.now(),
  });
}

/** Replies through the mailbox's own provider, so the acknowledgement threads with the customer's mail. */
export function senderFor(rt: ConnectorRuntime, state: ConnectorState): AckSender {
  if (state.provider === "google") {
    const api = rt.gmailFor(state);
    return {
      async reply(message, subject, body, sending) {
        const messageId = ackMessageId(state.address, randomUUID());
        await sending(messageId);
        await api.sendRaw(
          Buffer.from(replyMime(message, state.address, subject, body, messageId)).toString("base64url"),
          message.threadId,
        );
      },
    };
  }
  const api = rt.graphFor(state);
  // Graph's reply keeps the thread (In-Reply-To, References, conversationId) and sets "RE:" itself.
  // It is made as a draft first: Exchange gives the draft its internetMessageId, which Baton records
  // before sending, because Graph lets a client add only X- headers (no Auto-Submitted), so the id
  // is what recognises the sent copy in Sent Items.
  return {
    async reply(message, _subject, body, sending) {
      const draft = await api.createReply(message.providerId, body);
      await sending(draft.internetMessageId);
      await api.sendDraft(draft.id);
    },
  };
}
