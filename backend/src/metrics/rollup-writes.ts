/**
 * Keeping rollups current inside the transaction that appends events: the deltas of the append go
 * to the day × mailbox × agent documents as increments (to the conversation's shard of each, so a
 * busy mailbox spreads over many documents: rollup-docs.ts), and the conversation's facts document
 * is replaced. The facts before and after come from the facts fold stored in that same document (one
 * read, made before the transaction's writes), so an append reads no log unless the fold gives up.
 */
import {
  compactFacts,
  conversationFacts,
  factsFoldFits,
  factsFoldOf,
  factsOfFold,
  foldFacts,
  rollupsOfFacts,
  diffRollupSets,
  storedFactsFoldJson,
  type ConversationEvent,
  type ConversationFacts,
  type FactsFold,
  type RollupContext,
} from "@baton/shared";
import type { DocumentData, Firestore, Transaction } from "firebase-admin/firestore";
import { incrementDoc, rollupShardId, shardOf } from "./rollup-docs";

/**
 * The facts fold as the facts document stores it, with the number of events it covers: a log that
 * grew by another way (a backfill, a script) no longer matches, and the log is folded again.
 */
export interface StoredFactsFold {
  fold: FactsFold;
  eventCount: number;
}

interface Target {
  org: string;
  key: string;
  subject: string;
  ctx: RollupContext;
}

/** An append with the whole log before it (tests, scripts). */
export interface MetricsWriteInput extends Target {
  previousEvents: readonly ConversationEvent[];
  newEvents: readonly ConversationEvent[];
}

/** An append with the stored fold and a lazy log (the command layer). */
export interface FoldedMetricsWriteInput extends Target {
  /** Events in the log before the append (the conversation document's count). */
  eventCount: number;
  /** The fold stored with the facts, if any (readStoredFactsFold). */
  stored: StoredFactsFold | null;
  /** The log before the append, read only when the stored fold cannot be used. */
  log: () => Promise<readonly ConversationEvent[]>;
  newEvents: readonly ConversationEvent[];
}

/**
 * Reads the facts fold of a conversation inside `tx` (a read: before any write of the transaction).
 * Null when there is none or it cannot be parsed: the append then folds the log.
 */
export async function readStoredFactsFold(
  tx: Transaction,
  db: Firestore,
  org: string,
  key: string,
): Promise<StoredFactsFold | null> {
  const data = (await tx.get(db.doc(`orgs/${org}/metricFacts/${key}`))).data();
  return storedFactsFoldOf(data);
}

export function storedFactsFoldOf(data: DocumentData | undefined): StoredFactsFold | null {
  if (typeof data?.factsFold !== "string" || typeof data.factsFoldEvents !== "number") return null;
  try {
    return { fold: JSON.parse(data.factsFold) as FactsFold, eventCount: data.factsFoldEvents };
  } catch {
    return null;
  }
}

/** Facts before and after the append, and the fold after it: from the stored fold when it fits. */
async function factsAcross(input: FoldedMetricsWriteInput): Promise<Across> {
  const { policy, calendar } = input.ctx;
  const stored = input.stored;
  if (stored && stored.eventCount === input.eventCount && factsFoldFits(stored.fold, policy, calendar)) {
    const fold = foldFacts(stored.fold, input.newEvents, policy, calendar);
    if (fold !== null)
      return {
        before: factsOfFold(stored.fold, policy, calendar),
        after: factsOfFold(fold, policy, calendar),
        fold,
      };
  }
  return factsOfLog(input.ctx, await input.log(), input.newEvents);
}

interface Across {
  before: ConversationFacts;
  after: ConversationFacts;
  fold: FactsFold;
}

function factsOfLog(
  { policy, calendar }: RollupContext,
  previous: readonly ConversationEvent[],
  newEvents: readonly ConversationEvent[],
): Across {
  const all = [...previous, ...newEvents];
  return {
    before: conversationFacts(previous, policy, calendar),
    after: conversationFacts(all, policy, calendar),
    fold: factsFoldOf(all, policy, calendar),
  };
}

export interface PlannedWrite {
  path: string;
  data: DocumentData;
  merge: boolean;
}

/** What the facts document of a conversation holds; the export reads only these. */
export function factsDoc(input: Target, facts: ConversationFacts) {
  return {
    key: input.key,
    mailboxId: input.ctx.mailboxId,
    subject: input.subject,
    timeZone: input.ctx.calendar.timeZone,
    firstAt: facts.firstAt,
    lastAt: facts.lastAt,
    // Each list bounded (the oldest counted, not listed), so a long thread never outgrows 1 MiB.
    facts: compactFacts(facts),
  };
}

/** The writes an append makes, as data (tested without Firestore), from the whole log. */
export function planMetricsWrites(input: MetricsWriteInput): PlannedWrite[] {
  if (input.newEvents.length === 0) return [];
  const across = factsOfLog(input.ctx, input.previousEvents, input.newEvents);
  return writesOf(input, across, input.previousEvents.length + input.newEvents.length);
}

/** The same from the stored fold, reading the log only when the fold gives up. */
export async function planFoldedMetricsWrites(input: FoldedMetricsWriteInput): Promise<PlannedWrite[]> {
  if (input.newEvents.length === 0) return [];
  return writesOf(input, await factsAcross(input), input.eventCount + input.newEvents.length);
}

function writesOf(input: Target, { before, after, fold }: Across, eventCount: number): PlannedWrite[] {
  const deltas = diffRollupSets(rollupsOfFacts(before, input.ctx), rollupsOfFacts(after, input.ctx));
  const writes: PlannedWrite[] = deltas.map(({ key, rollup }) => ({
    path: `orgs/${input.org}/rollups/${rollupShardId(key, shardOf(key, input.key))}`,
    data: incrementDoc(key, rollup),
    merge: true,
  }));
  writes.push({
    path: `orgs/${input.org}/metricFacts/${input.key}`,
    // The fold is stored as JSON: Firestore refuses some of its shapes (undefined), and nobody
    // queries inside it.
    data: {
      ...factsDoc(input, after),
      // Null (the next append folds the log) when even compacted it is too large to keep.
      factsFold: storedFactsFoldJson(fold),
      factsFoldEvents: eventCount,
    },
    merge: false,
  });
  return writes;
}

/**
 * Adds the metrics writes of an append to `tx`. The command layer calls it beside the storage write
 * (appendEvents in handlers/append.ts) with the stored fold, a reader of the log and the appended
 * events.
 */
export async function foldedRollupWrites(
  tx: Transaction,
  db: Firestore,
  input: FoldedMetricsWriteInput,
): Promise<number> {
  return setAll(tx, db, await planFoldedMetricsWrites(input));
}

/** The same from the whole log before the append. */
export function rollupWrites(tx: Transaction, db: Firestore, input: MetricsWriteInput): number {
  return setAll(tx, db, planMetricsWrites(input));
}

function setAll(tx: Transaction, db: Firestore, writes: readonly PlannedWrite[]): number {
  for (const write of writes) {
    const ref = db.doc(write.path);
    if (write.merge) tx.set(ref, write.data, { merge: true });
    else tx.set(ref, write.data);
  }
  return writes.length;
}
