import type { Conversation } from "@baton/shared";
import {
  pick,
  type AssigningStrategy,
  type RoutingMember,
  type Skipped,
  type Strategy,
} from "@baton/shared/routing";
import type { Firestore, Transaction } from "firebase-admin/firestore";
import { readLoadsInTx } from "./load";
import { routingPaths } from "./paths";
import type { RoutedMailbox } from "./settings";

/** Writes routing defers until the transaction's reads are done (Firestore: reads before writes). */
export type DeferredWrites = Array<(tx: Transaction) => void>;

export interface TxPick {
  assignee: string | null;
  skipped: Skipped[];
  strategy: Strategy;
}

/**
 * Runs the strategy for one conversation inside `tx`: reads the candidates' load documents and the
 * round-robin cursor (`cursorId`: the mailbox's id, or the mailbox and rule for a group) in the
 * transaction, picks, and defers the cursor's write. Everything the pick depended on is thus read
 * by the transaction, so a concurrent change to any of it makes one of the two retry.
 */
export async function pickInTx(
  tx: Transaction,
  db: Firestore,
  org: string,
  input: {
    routed: RoutedMailbox;
    strategy: Strategy | AssigningStrategy;
    candidates: readonly RoutingMember[];
    conversation: Pick<Conversation, "priority" | "tags">;
    cursorId: string;
    nowMs: number;
    /** Who may not be picked (a rebalance's departing member). */
    exclude?: string;
  },
  writes: DeferredWrites,
): Promise<TxPick> {
  const { routed, strategy, conversation, nowMs } = input;
  const candidates = input.candidates.filter((m) => m.email !== input.exclude);
  if (strategy === "manual" || candidates.length === 0) return { assignee: null, skipped: [], strategy };
  const cursorRef = routingPaths.cursor(db, org, input.cursorId);
  const [loads, cursorSnap] = await Promise.all([
    readLoadsInTx(
      tx,
      db,
      org,
      candidates.map((m) => m.email),
    ),
    tx.get(cursorRef),
  ]);
  const cursor: unknown = cursorSnap.get("cursor");
  const result = pick(
    strategy,
    candidates.map((member) => ({ member, load: loads.get(member.email) ?? {} })),
    { priority: conversation.priority, tags: conversation.tags },
    { roundRobinCursor: typeof cursor === "string" ? cursor : null },
    {
      calendar: routed.mailbox.calendar,
      capacity: routed.routing.capacity,
      anyHour: routed.routing.anyHour,
      onCall: routed.routing.onCall,
      nowMs,
    },
  );
  if (result.assignee !== null) {
    const next = result.nextState.roundRobinCursor;
    writes.push((t) => t.set(cursorRef, { cursor: next, at: nowMs }));
  }
  return { assignee: result.assignee, skipped: result.skipped, strategy };
}
