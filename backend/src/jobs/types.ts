/**
 * The one interface a background job implements. A job is advanced in steps: each step processes
 * one page of work within the runner's budget and says where to continue. Every step must be
 * idempotent from its input cursor: a crash after some of its effects but before the cursor is
 * saved re-runs the same step from the same cursor.
 */
import type { JobKindName } from "@baton/shared";
import type { Firestore, Transaction } from "firebase-admin/firestore";

export interface JobContext {
  db: Firestore;
  org: string;
  jobId: string;
  /** What the request that started the job asked for (a mailbox id, a cutoff), as stored. */
  params: Readonly<Record<string, unknown>>;
  nowMs: number;
  /** The step should stop taking new items past this instant (epoch ms); one item may overrun it. */
  deadlineMs: number;
}

export interface StepResult<Cursor> {
  /** Where the next step starts; null when the job is done. */
  cursor: Cursor | null;
  /** Items this step completed (added to the job's count). */
  processed: number;
  /** Items the whole job expects, when the step knows (or learns) it. */
  total?: number;
  /** What the job is doing, in words, shown with its progress. */
  stage?: string;
  /**
   * Effects committed in the same transaction as the cursor and the progress, so a page's effects
   * and its "done" land together. It may read first (a guard against counting twice) and may run
   * more than once (transaction retries). Steps whose effects are their own idempotent
   * transactions leave it out.
   */
  commit?: (tx: Transaction) => Promise<void>;
}

/** A cursor is stored as JSON on the job document: anything JSON can hold. */
export interface JobKind<Cursor = unknown> {
  kind: JobKindName;
  step(ctx: JobContext, cursor: Cursor | null): Promise<StepResult<Cursor>>;
}
