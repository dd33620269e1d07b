import {
  domainError,
  isDomainError,
  type Conversation,
  type Decision,
  type DomainError,
} from "@baton/shared";
import { afterCommit } from "./after-commit";
import type { Firestore } from "firebase-admin/firestore";
import { foldedRollupWrites, readStoredFactsFold } from "../metrics/rollup-writes";
import {
  appendBaseOf,
  loadForAppendInTx,
  MAX_TRANSACTION_ATTEMPTS,
  writeEventsFolded,
  type AppendBase,
  type AppendedConversation,
  type ConversationState,
  type LoadedConversation,
} from "../store/conversations";
import type { ConversationEvent, NoteTexts } from "@baton/shared";
import type { Transaction } from "firebase-admin/firestore";
import { noteTxAttempt } from "../store/tx-attempts";

/**
 * One append as the command layer makes it: the events and the conversation document (storage),
 * and the metrics rollups and facts the append changes (issue 7), in the same transaction. Every
 * writer of events (commands, observe, the SLA runner) appends through here, so metrics never miss
 * an append and storage knows nothing of metrics. Both the SLA and the metrics facts are folded
 * (the SLA fold on the conversation document, the facts fold in its metricFacts document, which
 * only leads and admins read), so the log is read only when a fold gives up. Reads the facts
 * document, so call it before the transaction's other writes.
 */
export async function appendEvents(
  tx: Transaction,
  db: Firestore,
  org: string,
  base: AppendBase | LoadedConversation,
  newEvents: readonly ConversationEvent[],
  nowMs: number,
  noteTexts?: NoteTexts,
): Promise<AppendedConversation> {
  const from = appendBaseOf(base);
  const key = from.conversation.key;
  const stored = newEvents.length === 0 ? null : await readStoredFactsFold(tx, db, org, key);
  const written = await writeEventsFolded(tx, db, org, from, newEvents, nowMs, noteTexts);
  await foldedRollupWrites(tx, db, {
    org,
    key,
    subject: written.conversation.subject,
    ctx: { mailboxId: from.mailbox.id, policy: from.mailbox.policy, calendar: from.mailbox.calendar },
    eventCount: from.eventCount,
    stored,
    log: from.log,
    newEvents,
  });
  return written;
}

/**
 * Runs one command against a conversation in a transaction: read, decide, append, project — all or
 * nothing. Firestore retries the function when another request changed the conversation meanwhile,
 * so of fifty simultaneous claims exactly one sees it unowned (claims first pass the claim gate,
 * store/claim-gate.ts, so racing claims do not meet here and cost no retries). No events (a retried request id, a
 * claim of one's own conversation) means no write.
 */
export async function changeConversation(
  db: Firestore,
  org: string,
  key: string,
  nowMs: number,
  decideOn: (loaded: ConversationState) => Decision | DomainError,
  /** Writes to add to the transaction after its reads, whatever the decision (a claim's gate). */
  alsoWrite: (tx: Transaction) => void = () => undefined,
): Promise<ConversationState | DomainError> {
  // The last attempt's decision: what committed, for the notices sent after it (after-commit.ts).
  let committed: { before: Conversation; events: readonly ConversationEvent[] } | null = null;
  const result = await db.runTransaction(
    async (tx) => {
      committed = null;
      noteTxAttempt();
      const loaded = await loadForAppendInTx(tx, db, org, key);
      if (loaded === null) {
        return domainError("not_found", "errors.notSeenYet");
      }
      const decision = decideOn(loaded);
      if (!("events" in decision) || decision.events.length === 0) {
        alsoWrite(tx);
        return "events" in decision ? loaded : decision;
      }
      const appended = await appendEvents(tx, db, org, loaded, decision.events, nowMs, decision.noteTexts);
      alsoWrite(tx);
      committed = { before: loaded.conversation, events: decision.events };
      return appended;
    },
    { maxAttempts: MAX_TRANSACTION_ATTEMPTS },
  );
  const done = committed as { before: Conversation; events: readonly ConversationEvent[] } | null;
  if (done !== null && !isDomainError(result)) await afterCommit(db, org, result, done.before, done.events);
  return result;
}
