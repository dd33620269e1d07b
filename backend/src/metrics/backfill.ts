/**
 * Rebuilds the rollups and facts of an org from the event logs: for data written before rollups
 * were maintained (or seeded around them), and after an admin changed a policy or calendar, since
 * maintained rollups keep judging history by the rules in force when each event arrived.
 * Reads every conversation and its events (O(events)); run it from an admin script, not a request.
 */
import {
  accumulateRollups,
  conversationFacts,
  DEFAULT_SLA_POLICY,
  rollupDocId,
  rollupsOfFacts,
  type ConversationEvent,
  type RollupSet,
} from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { sortEvents, toConversation } from "../store/conversations";
import { ALWAYS_OPEN, listMailboxes, type Mailbox } from "../store/mailboxes";
import { paths } from "../store/paths";
import { metricPaths } from "./paths";
import { plainDoc } from "./rollup-docs";
import { factsDoc } from "./rollup-writes";

const PAGE = 300;

export interface BackfillResult {
  conversations: number;
  events: number;
  rollupDocuments: number;
  deletedDocuments: number;
}

function fallbackMailbox(id: string): Mailbox {
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
        const data = doc.data();
        const mailboxId = typeof data.mailboxId === "string" ? data.mailboxId : "";
        const mailbox = mailboxes.get(mailboxId) ?? fallbackMailbox(mailboxId);
        const log: ConversationEvent[] = sortEvents(await paths.events(db, org, doc.id).get());
        const ctx = { mailboxId: mailbox.id, policy: mailbox.policy, calendar: mailbox.calendar };
        const facts = conversationFacts(log, ctx.policy, ctx.calendar);
        accumulateRollups(rollups, rollupsOfFacts(facts, ctx).values());
        const subject = toConversation(data).subject;
        void writer.set(
          metricPaths.fact(db, org, doc.id),
          factsDoc({ org, key: doc.id, subject, ctx }, facts),
        );
        conversations += 1;
        events += log.length;
      }),
    );
    last = page.docs[page.docs.length - 1]?.id ?? null;
    if (page.size < PAGE) break;
  }
  // Replace, not add: documents of days that no longer have anything go too.
  const existing = await metricPaths.rollups(db, org).select().get();
  let deletedDocuments = 0;
  for (const doc of existing.docs) {
    if (!rollups.has(doc.id)) {
      void writer.delete(doc.ref);
      deletedDocuments += 1;
    }
  }
  for (const { key, rollup } of rollups.values()) {
    void writer.set(metricPaths.rollup(db, org, rollupDocId(key)), plainDoc(key, rollup));
  }
  await writer.close();
  return { conversations, events, rollupDocuments: rollups.size, deletedDocuments };
}
