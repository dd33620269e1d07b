import { SYSTEM_ACTOR, waitingChanged, type ConversationEvent } from "@baton/shared";
import { waitingOrder } from "@baton/shared/routing";
import type { Firestore } from "firebase-admin/firestore";
import { appendEvents } from "../handlers/append";
import { loadForAppendInTx, MAX_TRANSACTION_ATTEMPTS } from "../store/conversations";
import { createIdGenerator } from "../store/ids";
import { paths } from "../store/paths";
import { noteTxAttempt } from "../store/tx-attempts";
import { REBALANCES_PER_SWEEP, WAITING_ASSIGNMENTS_PER_RUN, WAITING_SCAN_PER_MAILBOX } from "./limits";
import { pickInTx, type DeferredWrites } from "./pick-in-tx";
import {
  candidatesOf,
  routedMailbox,
  routingDirectoryOf,
  type RoutedMailbox,
  type RoutingDirectory,
} from "./settings";
import { inRoutingTurn } from "./turns";

export interface WaitingReport {
  /** Conversations found waiting (unassigned, open, not taken over by a person). */
  waiting: number;
  assigned: number;
}

/**
 * Assigns the conversations left waiting because nobody was available, now that someone may be:
 * per mailbox with a strategy, its unassigned open conversations in waitingOrder (earliest deadline,
 * then arrival), each in its own transaction that re-reads it (still unowned, not locked by a
 * person) and runs the strategy like an arrival does. A mailbox stops at its first conversation
 * nobody can take (everyone busy: the rest would wait too), and after WAITING_ASSIGNMENTS_PER_RUN.
 * Called every minute by the routing sweep (and directly by tests).
 */
export async function assignWaiting(
  db: Firestore,
  org: string,
  nowMs: number = Date.now(),
): Promise<WaitingReport> {
  const dir = await routingDirectoryOf(db, org);
  const report: WaitingReport = { waiting: 0, assigned: 0 };
  for (const routed of dir.mailboxes) {
    if (routed.routing.strategy === "manual") continue;
    const page = await paths
      .conversations(db, org)
      .where("mailboxId", "==", routed.mailbox.id)
      .where("assignee", "==", null)
      .limit(WAITING_SCAN_PER_MAILBOX)
      .get();
    const waiting = waitingOrder(
      page.docs
        .filter((d) => d.get("status") !== "resolved" && d.get("routingLocked") !== true)
        .map((d) => {
          const due: unknown = d.get("sla.nextDeadline");
          const created: unknown = d.get("createdAt");
          return {
            key: d.id,
            arrivedAt: typeof created === "number" ? created : 0,
            dueAt: typeof due === "number" ? due : null,
          };
        }),
    );
    report.waiting += waiting.length;
    for (const w of waiting.slice(0, WAITING_ASSIGNMENTS_PER_RUN)) {
      const outcome = await assignOne(db, org, routed, w.key, nowMs);
      if (outcome === "nobody") break;
      if (outcome === "assigned") report.assigned += 1;
    }
  }
  return report;
}

async function assignOne(
  db: Firestore,
  org: string,
  routed: RoutedMailbox,
  key: string,
  nowMs: number,
): Promise<"assigned" | "nobody" | "skipped"> {
  const dir = await routingDirectoryOf(db, org);
  return inRoutingTurn(`${org}/${routed.mailbox.id}`, () => assignInTx(db, org, dir, routed, key, nowMs));
}

/**
 * One waiting conversation's assignment transaction, without the per-instance queue: what two
 * instances racing each other run (tests use it to show the transaction alone holds the caps).
 */
export function assignInTx(
  db: Firestore,
  org: string,
  dir: RoutingDirectory,
  routed: RoutedMailbox,
  key: string,
  nowMs: number,
): Promise<"assigned" | "nobody" | "skipped"> {
  return db.runTransaction(
    async (tx) => {
      noteTxAttempt();
      const base = await loadForAppendInTx(tx, db, org, key);
      const c = base?.conversation;
      if (base === null || c === undefined) return "skipped";
      if (c.assignee !== null || c.routingLocked === true || c.status === "resolved") return "skipped";
      const here = routedMailbox(dir, base.mailbox.id) ?? routed;
      const writes: DeferredWrites = [];
      const picked = await pickInTx(
        tx,
        db,
        org,
        {
          routed: here,
          strategy: here.routing.strategy,
          candidates: candidatesOf(dir, here),
          conversation: c,
          cursorId: here.mailbox.id,
          nowMs,
        },
        writes,
      );
      const routedBy = { strategy: picked.strategy, skipped: picked.skipped };
      if (picked.assignee === null) {
        // Who is missing now (someone went off shift, another came back at capacity): the reason
        // the sidebars show is updated, and only when it changed, so a minutely sweep adds nothing.
        if (waitingChanged(c.routed, picked.skipped)) {
          const waited = { id: createIdGenerator(nowMs)(), at: nowMs, actor: SYSTEM_ACTOR } as const;
          await appendEvents(tx, db, org, base, [{ ...waited, type: "routing_waited", routedBy }], nowMs);
        }
        return "nobody";
      }
      const event = {
        id: createIdGenerator(nowMs)(),
        at: nowMs,
        actor: SYSTEM_ACTOR,
        type: "assigned",
        assignee: picked.assignee,
        previous: null,
        routedBy,
      } as ConversationEvent;
      await appendEvents(tx, db, org, base, [event], nowMs);
      for (const w of writes) w(tx);
      return "assigned";
    },
    { maxAttempts: MAX_TRANSACTION_ATTEMPTS },
  );
}

/**
 * The routing sweep of one org: resumes unfinished rebalances, then assigns waiting conversations.
 * What the every-minute `routingSweeper` runs per org.
 */
export async function routingSweepOrg(
  db: Firestore,
  org: string,
  nowMs: number = Date.now(),
): Promise<WaitingReport & { rebalances: number }> {
  const { rebalanceMember } = await import("./rebalance");
  const unfinished = await db
    .collection("orgs")
    .doc(org)
    .collection("rebalances")
    .where("done", "==", false)
    .limit(REBALANCES_PER_SWEEP)
    .get();
  for (const doc of unfinished.docs) {
    const reason = doc.get("reason") === "removed" ? "removed" : "away";
    await rebalanceMember(db, org, doc.id, reason, nowMs);
  }
  return { ...(await assignWaiting(db, org, nowMs)), rebalances: unfinished.size };
}
