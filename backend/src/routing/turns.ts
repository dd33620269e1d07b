import type { Firestore } from "firebase-admin/firestore";
import { routedMailbox, routingDirectoryOf } from "./settings";

/**
 * One routing transaction at a time per mailbox, per instance. Every assignment in a mailbox reads
 * and writes its round-robin cursor, so concurrent ones are serial in any case: Firestore lets one
 * commit and aborts the others, which retry with the SDK's backoff (seconds each on the emulator:
 * 67 arrivals at once in one mailbox did not finish in two minutes). Queuing them here instead
 * keeps the conflicts to those between instances (at most the API's and connectors' instance
 * counts), which the transactions still settle: correctness never depends on this queue.
 */
const tails = new Map<string, Promise<unknown>>();

export function inRoutingTurn<T>(key: string | null, fn: () => Promise<T>): Promise<T> {
  if (key === null) return fn();
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

/** The queue of a mailbox whose arrivals may be assigned (a strategy, or a rule that assigns); else null. */
export async function routingTurnOf(db: Firestore, org: string, mailboxId: string): Promise<string | null> {
  const routed = routedMailbox(await routingDirectoryOf(db, org), mailboxId);
  if (routed === undefined) return null;
  const assigns =
    routed.routing.strategy !== "manual" ||
    routed.routing.rules.some((r) => r.then.some((a) => a.type === "assign" || a.type === "move_to_mailbox"));
  return assigns ? `${org}/${mailboxId}` : null;
}
