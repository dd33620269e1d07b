/**
 * Reading rollups for a date range. Document ids start with the local day, so one id-range query
 * reads exactly the documents of those days: days × mailboxes × (agents + 1) keys, each in up to
 * its shard count of documents (rollup-docs.ts: at most 32 for a mailbox-wide key, 4 for a member's,
 * and only as many as conversations changed it that day), whatever the number of conversations,
 * and no composite index is needed. The shards of a key are added back up here, so callers see one
 * rollup per key. Mailbox and agent filters apply in memory;
 * with an index on (mailboxId, day) a mailbox filter could read fewer, not worth it at team sizes.
 */
import { summarizeRollups, type KeyedRollup, type MetricsResponse } from "@baton/shared";
import { FieldPath, type Firestore } from "firebase-admin/firestore";
import { metricPaths } from "./paths";
import { readLoad } from "./read-load";
import { mergeShards, toKeyedRollup } from "./rollup-docs";

export interface MetricsRange {
  from: string;
  to: string;
  mailbox?: string | undefined;
  agent?: string | undefined;
}

export async function readRollups(
  db: Firestore,
  org: string,
  range: MetricsRange,
): Promise<{ docs: KeyedRollup[]; documentsRead: number }> {
  // "_" sorts after every digit and "-", and "\uf8ff" after any id character: [from, to_\uf8ff].
  const snapshot = await metricPaths
    .rollups(db, org)
    .orderBy(FieldPath.documentId())
    .startAt(range.from)
    .endAt(`${range.to}_\uf8ff`)
    .get();
  const shards = snapshot.docs
    .map((doc) => toKeyedRollup(doc.data()))
    .filter((doc): doc is KeyedRollup => doc !== null)
    .filter((doc) => doc.key.day >= range.from && doc.key.day <= range.to)
    .filter((doc) => range.mailbox === undefined || doc.key.mailboxId === range.mailbox);
  return { docs: mergeShards(shards), documentsRead: snapshot.size };
}

export async function readMetrics(db: Firestore, org: string, range: MetricsRange): Promise<MetricsResponse> {
  const [{ docs, documentsRead }, load] = await Promise.all([
    readRollups(db, org, range),
    readLoad(db, org, range.mailbox),
  ]);
  return {
    from: range.from,
    to: range.to,
    mailbox: range.mailbox ?? null,
    agent: range.agent ?? null,
    summary: summarizeRollups(docs, range.agent === undefined ? {} : { agent: range.agent }),
    documentsRead,
    load: range.agent === undefined ? load : load.filter((row) => row.member === range.agent),
  };
}
