import {
  domainError,
  type ConversationEvent,
  type Decision,
  type DomainError,
  type NoteTexts,
} from "@baton/shared";
import type { Firestore, Transaction } from "firebase-admin/firestore";
import { rollupWrites } from "../metrics/rollup-writes";
import {
  loadConversationInTx,
  MAX_TRANSACTION_ATTEMPTS,
  writeEvents,
  type LoadedConversation,
} from "../store/conversations";

/**
 * One append as the command layer makes it: the events and the conversation document (storage),
 * and the metrics rollups and facts the append changes (issue 7), in the same transaction. Every
 * writer of events (commands, observe, the SLA runner) appends through here, so metrics never miss
 * an append and storage knows nothing of metrics.
 */
export function appendEvents(
  tx: Transaction,
  db: Firestore,
  org: string,
  base: LoadedConversation,
  newEvents: readonly ConversationEvent[],
  nowMs: number,
  noteTexts?: NoteTexts,
): LoadedConversation {
  const written = writeEvents(tx, db, org, base, newEvents, nowMs, noteTexts);
  rollupWrites(tx, db, {
    org,
    key: base.conversation.key,
    subject: written.conversation.subject,
    ctx: { mailboxId: base.mailbox.id, policy: base.mailbox.policy, calendar: base.mailbox.calendar },
    previousEvents: base.events,
    newEvents,
  });
  return written;
}

/**
 * Runs one command against a conversation in a transaction: read, decide, append, project — all or
 * nothing. Firestore retries the function when another request changed the conversation meanwhile,
 * so of fifty simultaneous claims exactly one sees it unowned. No events (a retried request id, a
 * claim of one's own conversation) means no write.
 */
export async function changeConversation(
  db: Firestore,
  org: string,
  key: string,
  nowMs: number,
  decideOn: (loaded: LoadedConversation) => Decision | DomainError,
): Promise<LoadedConversation | DomainError> {
  return db.runTransaction(
    async (tx) => {
      const loaded = await loadConversationInTx(tx, db, org, key);
      if (loaded === null) {
        return domainError(
          "not_found",
          "Baton hasn't seen this conversation yet; open it again in a moment.",
        );
      }
      const decision = decideOn(loaded);
      if (!("events" in decision)) return decision;
      if (decision.events.length === 0) return loaded;
      return appendEvents(tx, db, org, loaded, decision.events, nowMs, decision.noteTexts);
    },
    { maxAttempts: MAX_TRANSACTION_ATTEMPTS },
  );
}
