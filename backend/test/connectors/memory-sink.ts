import { conversationKey, messageKey, ownMessageId } from "@baton/shared";
import { toObservedMessage, type MailMessage } from "../../src/connectors/mail-message";
import type { IngestResult, MessageSink } from "../../src/connectors/sink";

/**
 * A sink with the observe path's idempotency (one record per normalised Message-ID) and nothing
 * else: unit tests count deliveries and records to prove nothing is lost or duplicated.
 */
export class MemorySink implements MessageSink {
  /** messageKey -> the message as first recorded. */
  readonly recorded = new Map<string, MailMessage>();
  /** Every delivery, duplicates included (replays after a crash show up here, not in `recorded`). */
  deliveries = 0;
  /** Throws once after this many deliveries: a crash in the middle of a page. */
  crashAfter: number | null = null;
  /** Message-IDs (as sent, "<...>") that throw a plain Error whenever delivered: poison mail. */
  readonly poison = new Set<string>();
  private readonly conversations = new Set<string>();

  ingest(batch: readonly MailMessage[]): Promise<IngestResult> {
    const result: IngestResult = { recorded: 0, known: 0, skipped: 0, newConversations: [], failed: [] };
    for (const message of batch) {
      if (this.crashAfter !== null && this.deliveries >= this.crashAfter) {
        this.crashAfter = null;
        return Promise.reject(new Error("simulated crash"));
      }
      if (this.poison.has(message.messageId))
        return Promise.reject(new Error(`cannot record ${message.messageId}: simulated bug`));
      this.deliveries++;
      const observed = toObservedMessage(message);
      const id = observed === null ? null : ownMessageId(observed.messageId);
      if (observed === null || id === null) {
        result.skipped++;
        continue;
      }
      const key = messageKey(id);
      if (this.recorded.has(key)) {
        result.known++;
        continue;
      }
      this.recorded.set(key, message);
      result.recorded++;
      const conversation = conversationKey(observed);
      if (conversation !== null && !this.conversations.has(conversation)) {
        this.conversations.add(conversation);
        result.newConversations.push({ conversationKey: conversation, message });
      }
    }
    return Promise.resolve(result);
  }
}
