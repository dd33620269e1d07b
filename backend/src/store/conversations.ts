import {
  applyEvents,
  DEFAULT_SLA_POLICY,
  domainError,
  slaState,
  type Conversation,
  type ConversationEvent,
  type Decision,
  type DomainError,
  type NoteTexts,
} from "@baton/shared";
import type { DocumentData, Firestore, QuerySnapshot, Transaction } from "firebase-admin/firestore";
import { mailboxesOf } from "./directory";
import { ALWAYS_OPEN, type Mailbox } from "./mailboxes";
import { rollupWrites } from "../metrics/rollup-writes";
import { paths } from "./paths";
import { summarizeSla, type SlaSummary } from "./sla-summary";

/** Fields the conversation document has beyond the domain projection. */
export interface ConversationExtras {
  mailboxId: string;
  /** Events in the log; written with every append, so a reader can tell its copy of the log is whole. */
  eventCount: number;
  /** Platform thread ids ("gmail_…", "outlook_…" alias document ids) that point here. */
  aliases: string[];
  sla: SlaSummary;
}

/** A conversation as a request sees it: the projection, its whole log, and its mailbox's rules. */
export interface LoadedConversation {
  conversation: Conversation;
  events: ConversationEvent[];
  mailbox: Mailbox;
  aliases: string[];
}

export const MAX_TRANSACTION_ATTEMPTS = 20;

const EXTRA_FIELDS = new Set(["mailboxId", "eventCount", "aliases", "sla"]);

/** The domain projection of a stored document (the extras stripped). */
export function toConversation(data: DocumentData): Conversation {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) if (!EXTRA_FIELDS.has(name)) out[name] = value;
  return out as unknown as Conversation;
}

/** Log order: by record time, then by id (ids of one request sort in the order they were made). */
export function sortEvents(snapshot: QuerySnapshot): ConversationEvent[] {
  return snapshot.docs
    .map((doc) => doc.data() as ConversationEvent)
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function unknownMailbox(id: string, address: string): Mailbox {
  return {
    id,
    address,
    name: address,
    policy: DEFAULT_SLA_POLICY,
    calendar: ALWAYS_OPEN,
    routing: { agents: [], onCall: null },
    version: 0,
  };
}

function toLoaded(
  data: DocumentData,
  events: QuerySnapshot,
  mailboxes: readonly Mailbox[],
): LoadedConversation {
  const conversation = toConversation(data);
  const mailboxId = typeof data.mailboxId === "string" ? data.mailboxId : "";
  return {
    conversation,
    events: sortEvents(events),
    mailbox: mailboxes.find((m) => m.id === mailboxId) ?? unknownMailbox(mailboxId, conversation.mailbox),
    aliases: Array.isArray(data.aliases) ? (data.aliases as string[]) : [],
  };
}

/**
 * Reads a conversation with its events outside a transaction (GET). Null when absent. The mailbox's
 * policy and calendar come from the directory cache: a policy edit reaches clocks within seconds.
 */
export async function loadConversation(
  db: Firestore,
  org: string,
  key: string,
): Promise<LoadedConversation | null> {
  const [snapshot, events, mailboxes] = await Promise.all([
    paths.conversation(db, org, key).get(),
    paths.events(db, org, key).get(),
    mailboxesOf(db, org),
  ]);
  const data = snapshot.data();
  return data === undefined ? null : toLoaded(data, events, mailboxes);
}

/** Reads the same inside a transaction, so the decision and the write see one consistent state. */
export async function loadConversationInTx(
  tx: Transaction,
  db: Firestore,
  org: string,
  key: string,
): Promise<LoadedConversation | null> {
  // The log is read alongside (not inside) the transaction; readLog re-reads it if it turns out to
  // be older than the document.
  const [mailboxes, snapshot, log] = await Promise.all([
    mailboxesOf(db, org),
    tx.get(paths.conversation(db, org, key)),
    paths.events(db, org, key).get(),
  ]);
  const data = snapshot.data();
  if (data === undefined) return null;
  return toLoaded(data, await readLog(db, org, key, data.eventCount, log), mailboxes);
}

/**
 * The event log, read outside the transaction: the transaction locks only the conversation document
 * (a query inside it would lock a range, and the Firestore emulator then stalls concurrent
 * transactions for seconds). That is consistent because every append commits together with the
 * document's `eventCount`: a log with fewer events than the document says is older than it and is
 * read again; a newer append also changed the document, so this transaction fails to commit and is
 * retried.
 */
async function readLog(
  db: Firestore,
  org: string,
  key: string,
  eventCount: unknown,
  first: QuerySnapshot,
): Promise<QuerySnapshot> {
  const expected = typeof eventCount === "number" ? eventCount : 0;
  let log = first;
  for (let attempt = 1; log.size < expected && attempt < 5; attempt++)
    log = await paths.events(db, org, key).get();
  if (log.size < expected)
    throw new Error(`event log of ${key} has ${log.size} events, its document says ${expected}`);
  return log;
}

/**
 * Appends `newEvents` to a conversation inside `tx`: each event at events/{id} (create: an id is
 * never reused), the projection advanced by applyEvents, and the SLA summary recomputed over the
 * whole log. `base` is the state the events were decided on. `noteTexts` (the decision's) reach the
 * projection's `notes` only: the document is overwritten on every append, so an edit or delete
 * replaces the old text, whereas anything put in an event would stay for ever.
 */
export function writeEvents(
  tx: Transaction,
  db: Firestore,
  org: string,
  base: LoadedConversation,
  newEvents: readonly ConversationEvent[],
  nowMs: number,
  noteTexts?: NoteTexts,
): LoadedConversation {
  const key = base.conversation.key;
  for (const event of newEvents) tx.create(paths.events(db, org, key).doc(event.id), { ...event });
  const conversation = applyEvents(base.conversation, newEvents, noteTexts);
  const events = [...base.events, ...newEvents];
  const sla = slaState(events, base.mailbox.policy, base.mailbox.calendar, nowMs);
  const extras: ConversationExtras = {
    mailboxId: base.mailbox.id,
    eventCount: events.length,
    aliases: base.aliases,
    sla: summarizeSla(
      sla,
      {
        policyVersion: base.mailbox.version,
        snoozedUntil: conversation.snoozedUntil,
        timeZone: base.mailbox.calendar.timeZone,
      },
      nowMs,
    ),
  };
  tx.set(paths.conversation(db, org, key), { ...conversation, ...extras });
  // Metrics (issue 7): the append's rollup increments and the conversation's facts, same transaction.
  rollupWrites(tx, db, {
    org,
    key,
    subject: conversation.subject,
    ctx: { mailboxId: base.mailbox.id, policy: base.mailbox.policy, calendar: base.mailbox.calendar },
    previousEvents: base.events,
    newEvents,
  });
  return { ...base, conversation, events };
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
      return writeEvents(tx, db, org, loaded, decision.events, nowMs, decision.noteTexts);
    },
    { maxAttempts: MAX_TRANSACTION_ATTEMPTS },
  );
}
