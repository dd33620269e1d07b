import type { MailMessage } from "./mail-message";

/** A conversation that a connector's batch created with an inbound message (auto-ack candidates). */
export interface NewConversation {
  conversationKey: string;
  message: MailMessage;
}

export interface IngestResult {
  /** Messages the store did not know and recorded now. */
  recorded: number;
  /** Messages already known (seen by a sidebar, or replayed after a crash): absorbed. */
  known: number;
  /** Messages that cannot become observe input (no Message-ID, no From, a draft). */
  skipped: number;
  newConversations: NewConversation[];
  /** Messages that failed for a reason of their own: set aside as dead letters, the page goes on. */
  failed: FailedMessage[];
}

/**
 * One message that could not be fetched or recorded. What a replay needs to find it again (the
 * provider's id, and for Graph the folder it came from) and the error, reduced to a code and a
 * sentence when it is stored (dead-letters.ts).
 */
export interface FailedMessage {
  providerId: string;
  /** The Message-ID header when the message was read (null when its fetch itself failed). */
  messageId: string | null;
  /** Graph: "inbox" or "sentitems" (a Sent Items message is the mailbox's own); null for Gmail. */
  folder: string | null;
  error: unknown;
}

/** Where a connector delivers messages: the observe path in production, memory in unit tests. */
export interface MessageSink {
  ingest(batch: readonly MailMessage[]): Promise<IngestResult>;
}

export function emptyResult(): IngestResult {
  return { recorded: 0, known: 0, skipped: 0, newConversations: [], failed: [] };
}

export function addResults(a: IngestResult, b: IngestResult): IngestResult {
  return {
    recorded: a.recorded + b.recorded,
    known: a.known + b.known,
    skipped: a.skipped + b.skipped,
    newConversations: [...a.newConversations, ...b.newConversations],
    failed: [...a.failed, ...b.failed],
  };
}
