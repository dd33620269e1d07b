/**
 * Rebuilds the rollups and facts of an org from the event logs: for data written before rollups
 * were maintained (or seeded around them), and after an admin changed a policy or calendar, since
 * maintained rollups keep judging history by the rules in force when each event arrived.
 * Reads every conversation and its events (O(events)) in one call: for scripts and tests. The API
 * runs the same computation as a background job in bounded steps (rebuild-job.ts).
 */
import {
  accumulateRollups,
  conversationFacts,
  DEFAULT_SLA_POLICY,
  rollupDocId,
  rollupsOfFacts,
  type ConversationEvent,
  type KeyedRollup,
  type RollupSet,
} from "@baton/shared";
import type { DocumentData, Firestore, QueryDocumentSnapshot } from "firebase-admin/firestore";
import { sortEvents, toConversation } from "../store/conversations";
import { ALWAYS_OPEN, listMailboxes, type Mailbox } from "../store/mailboxes";
import { paths } from "../store/paths";
import { metricPaths } from "./paths";
import { replaceRollup } from "./rollup-docs";
import { factsDoc } from "./rollup-writes";
import { JOB_LIMITS } from "@baton/shared/limits";

const PAGE = JOB_LIMITS.backfillPage.value;

export interface BackfillResult {
  conversations: number;
  events: number;
  rollupDocuments: number;
  deletedDocuments: number;
}

export function fallbackMailbox(id: string): Mailbox {
  return {
    id,
    address: id,
    name: id,
    policy: DEFAULT_SLA_POLICY,
    calendar: ALWAYS_OPEN,
    routing: { agents: [], onCall: null },
    version: 0,
  };
}

export async function backfillRollups(db: Firestore, org: string): Promise<BackfillResult> {
  const mailboxes = new Map((await listMailboxes(db, org)).map((m) => [m.id, m]));
  const rollups: RollupSet = new Map();
  const writer = db.bulkWriter();
  let conversations = 0;
  let events = 0;
  let last: string | null = null;
  for (;;) {
    let query = paths.conversations(db, org).orderBy("__name__").limit(PAGE);
    if (last !== null) query = query.startAfter(last);
    const page = await query.get();
    if (page.empty) break;
    await Promise.all(
      page.docs.map(async (doc) => {
        const rebuilt = await rebuildConversation(db, org, doc, mailboxes);
        accumulateRollups(rollups, rebuilt.rollups);
        void writer.set(metricPaths.fact(db, org, doc.id), rebuilt.facts);
        conversations += 1;
        events += rebuilt.events;
      }),
    );
    last = page.docs[page.docs.length - 1]?.id ?? null;
    if (page.size < PAGE) break;
  }
  // Replace, not add: documents (any shard) of keys that no longer have anything go too.
  const existing = await metricPaths.rollups(db, org).select("day", "mailboxId", "agent").get();
  let deletedDocuments = 0;
  for (const doc of existing.docs) {
    if (!rollups.has(baseRollupId(doc.data()) ?? "")) {
      void writer.delete(doc.ref);
      deletedDocuments += 1;
    }
  }
  for (const { key, rollup } of rollups.values()) replaceRollup(writer, db, org, key, rollup);
  await writer.close();
  return { conversations, events, rollupDocuments: rollups.size, deletedDocuments };
}

/** One conversation's facts document and rollup contributions, from its log and its mailbox's rules. */
export async function rebuildConversation(
  db: Firestore,
  org: string,
  doc: QueryDocumentSnapshot,
  mailboxes: ReadonlyMap<string, Mailbox>,
): Promise<{ facts: DocumentData; rollups: KeyedRollup[]; events: number }> {
  const data = doc.data();
  const mailboxId = typeof data.mailboxId === "string" ? data.mailboxId : "";
  const mailbox = mailboxes.get(mailboxId) ?? fallbackMailbox(mailboxId);
  const log: ConversationEvent[] = sortEvents(await paths.events(db, org, doc.id).get());
  const ctx = { mailboxId: mailbox.id, policy: mailbox.policy, calendar: mailbox.calendar };
  const facts = conversationFacts(log, ctx.policy, ctx.calendar);
  const subject = toConversation(data).subject;
  return {
    facts: factsDoc({ org, key: doc.id, subject, ctx }, facts),
    rollups: [...rollupsOfFacts(facts, ctx).values()],
    events: log.length,
  };
}

/** The id of the key a stored rollup document (any shard of it) belongs to; null when unreadable. */
export function baseRollupId(data: DocumentData): string | null {
  const { day, mailboxId, agent } = data as Record<string, unknown>;
  if (typeof day !== "string" || typeof mailboxId !== "string" || typeof agent !== "string") return null;
  return rollupDocId({ day, mailboxId, agent });
}
