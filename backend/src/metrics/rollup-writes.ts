/**
 * Keeping rollups current inside the transaction that appends events: the deltas of the append go
 * to the day × mailbox × agent documents as increments, and the conversation's facts document is
 * replaced. Writes only, no reads, so it fits after the transaction's reads like any other write.
 */
import {
  conversationFacts,
  rollupDocId,
  rollupsOfFacts,
  diffRollupSets,
  type ConversationEvent,
  type ConversationFacts,
  type RollupContext,
} from "@baton/shared";
import type { DocumentData, Firestore, Transaction } from "firebase-admin/firestore";
import { incrementDoc } from "./rollup-docs";

export interface MetricsWriteInput {
  org: string;
  key: string;
  subject: string;
  ctx: RollupContext;
  previousEvents: readonly ConversationEvent[];
  newEvents: readonly ConversationEvent[];
}

export interface PlannedWrite {
  path: string;
  data: DocumentData;
  merge: boolean;
}

/** What the facts document of a conversation holds; the export reads only these. */
export function factsDoc(
  input: Omit<MetricsWriteInput, "previousEvents" | "newEvents">,
  facts: ConversationFacts,
) {
  return {
    key: input.key,
    mailboxId: input.ctx.mailboxId,
    subject: input.subject,
    timeZone: input.ctx.calendar.timeZone,
    firstAt: facts.firstAt,
    lastAt: facts.lastAt,
    facts,
  };
}

/** The writes an append makes, as data (tested without Firestore). */
export function planMetricsWrites(input: MetricsWriteInput): PlannedWrite[] {
  if (input.newEvents.length === 0) return [];
  const before = conversationFacts(input.previousEvents, input.ctx.policy, input.ctx.calendar);
  const after = conversationFacts(
    [...input.previousEvents, ...input.newEvents],
    input.ctx.policy,
    input.ctx.calendar,
  );
  const deltas = diffRollupSets(rollupsOfFacts(before, input.ctx), rollupsOfFacts(after, input.ctx));
  const writes: PlannedWrite[] = deltas.map(({ key, rollup }) => ({
    path: `orgs/${input.org}/rollups/${rollupDocId(key)}`,
    data: incrementDoc(key, rollup),
    merge: true,
  }));
  writes.push({
    path: `orgs/${input.org}/metricFacts/${input.key}`,
    data: factsDoc(input, after),
    merge: false,
  });
  return writes;
}

/**
 * Adds the metrics writes of an append to `tx`. The command layer calls it beside the storage write
 * (appendEvents in handlers/append.ts) with the log before the append and the appended events.
 */
export function rollupWrites(tx: Transaction, db: Firestore, input: MetricsWriteInput): number {
  const writes = planMetricsWrites(input);
  for (const write of writes) {
    const ref = db.doc(write.path);
    if (write.merge) tx.set(ref, write.data, { merge: true });
    else tx.set(ref, write.data);
  }
  return writes.length;
}
