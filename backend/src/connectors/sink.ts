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
}

/** Where a connector delivers messages: the observe path in production, memory in unit tests. */
export interface MessageSink {
  ingest(batch: readonly MailMessage[]): Promise<IngestResult>;
}

export function emptyResult(): IngestResult {
  return { recorded: 0, known: 0, skipped: 0, newConversations: [] };
}

export function addResults(a: IngestResult, b: IngestResult): IngestResult {
  return {
    recorded: a.recorded + b.recorded,
    known: a.known + b.known,
    skipped: a.skipped + b.skipped,
    newConversations: [...a.newConversations, ...b.newConversations],
  };
}
