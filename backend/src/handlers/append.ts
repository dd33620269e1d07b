import { domainError, type Decision, type DomainError } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
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
 * an append and storage knows nothing of metrics. The metrics facts are recomputed over the log
 * before and after the append (planMetricsWrites), which is why an append still loads the log.
 */
export function appendEvents(...args: Parameters<typeof writeEvents>): LoadedConversation {
  const [tx, db, org, base, newEvents] = args;
  const written = writeEvents(...args);
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
