import { PRIORITIES, type Conversation, type Priority } from "@baton/shared";
import type { OpenLoad } from "@baton/shared/routing";
import { FieldValue, type Firestore, type Transaction } from "firebase-admin/firestore";
import { routingPaths } from "./paths";

/**
 * Open load per member, kept as a document per member (orgs/{org}/memberLoad/{email}, a count per
 * priority) that every append adjusts in its own transaction: the conversation before and after the
 * append are diffed (loadDelta), and the counts move by increments, which need no read. Routing
 * reads the candidates' load documents inside its transaction, so a concurrent assignment, claim or
 * resolve of the same member conflicts with it and one of them is retried: a cap can never be
 * exceeded by two arrivals that both saw room (docs/architecture.md, Routing).
 */

/** What one conversation adds to someone's load: its owner and priority while it is not resolved. */
function contribution(c: Conversation | null): { email: string; priority: Priority } | null {
  if (c === null || c.assignee === null || c.status === "resolved") return null;
  return { email: c.assignee.toLowerCase(), priority: c.priority };
}

/** The load changes an append makes: -1 where the conversation counted before, +1 where it counts now. */
export function loadDelta(
  before: Conversation | null,
  after: Conversation,
): Array<{ email: string; priority: Priority; by: 1 | -1 }> {
  const was = contribution(before);
  const now = contribution(after);
  if (was?.email === now?.email && was?.priority === now?.priority) return [];
  return [
    ...(was === null ? [] : [{ ...was, by: -1 as const }]),
    ...(now === null ? [] : [{ ...now, by: 1 as const }]),
  ];
}

/** Writes the load changes of an append (writes only: safe after the transaction's reads). */
export function writeLoadDelta(
  tx: Transaction,
  db: Firestore,
  org: string,
  before: Conversation | null,
  after: Conversation,
): void {
  for (const d of loadDelta(before, after)) {
    tx.set(
      routingPaths.memberLoad(db, org, d.email),
      { [d.priority]: FieldValue.increment(d.by) },
      { merge: true },
    );
  }
}

function toLoad(data: Record<string, unknown> | undefined): OpenLoad {
  const load: OpenLoad = {};
  for (const p of PRIORITIES) {
    const n = data?.[p];
    // Conversations owned before load was counted were never added, so a resolve can take a count
    // below zero: read as zero rather than as room beyond the cap.
    if (typeof n === "number" && n > 0) load[p] = n;
  }
  return load;
}

/** The open loads of `emails`, read in the transaction (so its commit depends on them). */
export async function readLoadsInTx(
  tx: Transaction,
  db: Firestore,
  org: string,
  emails: readonly string[],
): Promise<Map<string, OpenLoad>> {
  if (emails.length === 0) return new Map();
  const snaps = await tx.getAll(...emails.map((e) => routingPaths.memberLoad(db, org, e)));
  return new Map(emails.map((e, i) => [e, toLoad(snaps[i]?.data())]));
}
