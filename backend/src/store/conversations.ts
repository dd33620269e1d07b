import {
  applyEvents,
  DEFAULT_SLA_POLICY,
  foldSla,
  slaFoldOf,
  slaStateOfFold,
  storeSla,
  type Conversation,
  type ConversationEvent,
  type NoteTexts,
  type SlaFold,
  type StoredSla,
} from "@baton/shared";
import type { DocumentData, Firestore, QuerySnapshot, Transaction } from "firebase-admin/firestore";
import { mailboxesOf } from "./directory";
import { ALWAYS_OPEN, type Mailbox } from "./mailboxes";
import { paths } from "./paths";
import { summarizeSla, type SlaSummary } from "./sla-summary";
import { INTERNAL_LIMITS } from "@baton/shared/limits";
import { decodeEncodedWords } from "./encoded-words";
import { writeLoadDelta } from "../routing/load";

/** Fields the conversation document has beyond the domain projection. */
export interface ConversationExtras {
  mailboxId: string;
  /** Events in the log; written with every append, so a reader can tell its copy of the log is whole. */
  eventCount: number;
  /** Platform thread ids ("gmail_…", "outlook_…" alias document ids) that point here. */
  aliases: string[];
  sla: SlaSummary;
  /**
   * The SLA folded over the whole log, with the rules it was folded under: the next append folds
   * into it instead of replaying the log, and a listener computes the clocks at any instant from
   * the document alone (shared's slaStateOfStored).
   */
  slaFold: StoredSla;
  /**
   * Everyone a current note mentions (lower-cased, each once): notes live inside the document, and
   * Firestore cannot query into an array of objects, so "what mentions me" (GET /queue?mentions=me)
   * queries this with array-contains.
   */
  mentioned: string[];
  /**
   * Who made the last change (the actor of the last event appended): a listener on the document
   * can then tell its reader "Ben changed the status to Waiting on customer" without reading the log.
   */
  changedBy: string | null;
}

/** A conversation as a reader sees it: the projection, its SLA fold, and its mailbox's rules. */
export interface ConversationState {
  conversation: Conversation;
  mailbox: Mailbox;
  aliases: string[];
  /**
   * Absent or null for a conversation not yet written and for a document written before folds were
   * stored (until its next append): the append folds its log instead.
   */
  fold?: SlaFold | null;
}

/** The same with the whole log, for those that need it: the SLA runner, holiday recompute, explain. */
export interface LoadedConversation extends ConversationState {
  events: ConversationEvent[];
}

/**
 * What an append starts from without the log: the events counted, and a reader of the log for when
 * a fold gives up (a late-reported message, a document without a fold, changed rules). The reader
 * reads once, however many folds ask.
 */
export interface AppendBase extends ConversationState {
  eventCount: number;
  log: () => Promise<ConversationEvent[]>;
}

/** A conversation after an append: its fold is always present. */
export interface AppendedConversation extends ConversationState {
  fold: SlaFold;
  eventCount: number;
}

/** An append base over a log already read (the SLA runner's). */
export function appendBaseOf(base: AppendBase | LoadedConversation): AppendBase {
  if (!("events" in base)) return base;
  const { events, ...state } = base;
  return { ...state, eventCount: events.length, log: () => Promise.resolve(events) };
}

/** Tries of one conversation transaction under contention (the catalogue says why). */
export const MAX_TRANSACTION_ATTEMPTS = INTERNAL_LIMITS.transactionAttempts.value;

const EXTRA_FIELDS = new Set([
  "mailboxId",
  "eventCount",
  "aliases",
  "sla",
  "slaFold",
  "mentioned",
  "changedBy",
]);

/** The domain projection of a stored document (the extras stripped). */
export function toConversation(data: DocumentData): Conversation {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) if (!EXTRA_FIELDS.has(name)) out[name] = value;
  // Conversations stored before subjects were decoded on the way in still hold encoded words.
  if (typeof out.subject === "string") out.subject = decodeEncodedWords(out.subject);
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

function toState(data: DocumentData, mailboxes: readonly Mailbox[]): ConversationState {
  const conversation = toConversation(data);
  const mailboxId = typeof data.mailboxId === "string" ? data.mailboxId : "";
  const stored = data.slaFold as Partial<StoredSla> | undefined;
  return {
    conversation,
    mailbox: mailboxes.find((m) => m.id === mailboxId) ?? unknownMailbox(mailboxId, conversation.mailbox),
    aliases: Array.isArray(data.aliases) ? (data.aliases as string[]) : [],
    fold: stored?.fold ?? null,
  };
}

function toLoaded(
  data: DocumentData,
  events: QuerySnapshot,
  mailboxes: readonly Mailbox[],
): LoadedConversation {
  return { ...toState(data, mailboxes), events: sortEvents(events) };
}

/**
 * Reads what a viewer needs outside a transaction (GET): the document alone, never the log, so
 * the cost does not grow with the history. A document without a fold (written before folds were
 * stored) is folded from its log this once. Null when absent.
 */
export async function readConversation(
  db: Firestore,
  org: string,
  key: string,
): Promise<(ConversationState & { fold: SlaFold }) | null> {
  const [snapshot, mailboxes] = await Promise.all([
    paths.conversation(db, org, key).get(),
    mailboxesOf(db, org),
  ]);
  const data = snapshot.data();
  if (data === undefined) return null;
  const { fold, ...state } = toState(data, mailboxes);
  if (fold) return { ...state, fold };
  return { ...state, fold: slaFoldOf(sortEvents(await paths.events(db, org, key).get())) };
}

/**
 * Reads a conversation with its whole log outside a transaction (explain, audit). Null when absent.
 * The mailbox's policy and calendar come from the directory cache: a policy edit reaches clocks
 * within seconds.
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
 * Reads a conversation inside a transaction for an append, without its log: the document only, and
 * a reader of the log (readLog's, read once) for whatever fold gives up. A command therefore reads
 * a fixed number of documents whatever the length of the history. Null when absent.
 */
export async function loadForAppendInTx(
  tx: Transaction,
  db: Firestore,
  org: string,
  key: string,
): Promise<AppendBase | null> {
  const [mailboxes, snapshot] = await Promise.all([
    mailboxesOf(db, org),
    tx.get(paths.conversation(db, org, key)),
  ]);
  const data = snapshot.data();
  if (data === undefined) return null;
  const eventCount = typeof data.eventCount === "number" ? data.eventCount : 0;
  let read: Promise<ConversationEvent[]> | undefined;
  const log = () =>
    (read ??= paths
      .events(db, org, key)
      .get()
      .then((first) => readLog(db, org, key, eventCount, first))
      .then(sortEvents));
  return { ...toState(data, mailboxes), eventCount, log };
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
 * never reused), the projection advanced by applyEvents, and the SLA fold advanced by the new events
 * (rebuilt from the log only when they cannot be folded: a late-reported message, a document
 * without a fold). `base` is the state the events were decided on. `noteTexts` (the decision's)
 * reach the projection's `notes` only: the document is overwritten on every append, so an edit or
 * delete replaces the old text, whereas anything put in an event would stay for ever. Storage
 * only: whatever else an append updates (metrics) the command layer adds to the same transaction.
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
  const events = [...base.events, ...newEvents];
  const fold = (base.fold ? foldSla(base.fold, newEvents) : null) ?? slaFoldOf(events);
  const written = putEvents(tx, db, org, base, events.length, newEvents, fold, nowMs, noteTexts);
  return { ...written, events };
}

/** The same from an append base: the log is read only when the SLA fold cannot take the events. */
export async function writeEventsFolded(
  tx: Transaction,
  db: Firestore,
  org: string,
  base: AppendBase,
  newEvents: readonly ConversationEvent[],
  nowMs: number,
  noteTexts?: NoteTexts,
): Promise<AppendedConversation> {
  const fold =
    (base.fold ? foldSla(base.fold, newEvents) : null) ?? slaFoldOf([...(await base.log()), ...newEvents]);
  const eventCount = base.eventCount + newEvents.length;
  return putEvents(tx, db, org, base, eventCount, newEvents, fold, nowMs, noteTexts);
}

function putEvents(
  tx: Transaction,
  db: Firestore,
  org: string,
  base: ConversationState,
  eventCount: number,
  newEvents: readonly ConversationEvent[],
  fold: SlaFold,
  nowMs: number,
  noteTexts?: NoteTexts,
): AppendedConversation {
  const key = base.conversation.key;
  for (const event of newEvents) tx.create(paths.events(db, org, key).doc(event.id), { ...event });
  const conversation = applyEvents(base.conversation, newEvents, noteTexts);
  // Open load per member (routing's caps) changes here, the one place every append passes.
  writeLoadDelta(tx, db, org, base.conversation, conversation);
  const { policy, calendar } = base.mailbox;
  const sla = slaStateOfFold(fold, policy, calendar, nowMs);
  const extras: ConversationExtras = {
    mailboxId: base.mailbox.id,
    eventCount,
    aliases: base.aliases,
    sla: summarizeSla(
      sla,
      {
        policyVersion: base.mailbox.version,
        snoozedUntil: conversation.snoozedUntil,
        timeZone: calendar.timeZone,
      },
      nowMs,
    ),
    slaFold: storeSla(fold, policy, calendar),
    mentioned: [
      ...new Set(conversation.notes.flatMap((note) => note.mentions.map((email) => email.toLowerCase()))),
    ],
    changedBy: newEvents.at(-1)?.actor ?? null,
  };
  tx.set(paths.conversation(db, org, key), { ...conversation, ...extras });
  return { conversation, mailbox: base.mailbox, aliases: base.aliases, fold, eventCount };
}
