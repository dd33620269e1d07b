/**
 * Rollups as Firestore documents: the increments a delta writes, and the rollup a stored document
 * holds. Increments are nested maps of FieldValue.increment under set(..., {merge: true}), so
 * concurrent transactions on other conversations add to the same day's document without a read.
 *
 * Sharded (issue 12): Firestore sustains about one write a second on one document, and every event
 * of a mailbox would otherwise write the same `{day}_{mailbox}__all` document. A rollup key is
 * split over shards, `{day}_{mailbox}_{agent}` (shard 0) and `{day}_{mailbox}_{agent}~{n}`, each a
 * sum of whole conversations, and readers add the shards of a key back up (mergeShards).
 */
import {
  ALL_AGENTS,
  HISTOGRAM_NAMES,
  COUNT_NAMES,
  mergeRollups,
  RULE_COUNT_PREFIX,
  rollupDocId,
  UNASSIGNED,
  type KeyedRollup,
  type Rollup,
  type RollupKey,
  type CountName,
  type HistogramName,
} from "@baton/shared";
import {
  FieldValue,
  type DocumentData,
  type DocumentReference,
  type Firestore,
} from "firebase-admin/firestore";
import { METRICS_LIMITS } from "@baton/shared/limits";

/**
 * Shards of a mailbox-wide key (`_all`, and `_unassigned`, which every event of an unowned
 * conversation writes). 20 events/s on one mailbox over ~1 sustained write/s per document needs 20;
 * conversations hash unevenly onto shards (the busiest of 32 takes about 1.5× the mean), so 32 keep
 * the busiest shard near 0.6 writes/s at 20 events/s. Readers read up to this many documents per
 * key and day, but only on days with at least that many active conversations: a shard exists once
 * a conversation hashed to it changed that day.
 */
export const MAILBOX_ROLLUP_SHARDS = METRICS_LIMITS.mailboxRollupShards.value;

/**
 * Shards of one member's key: only the events of that member's conversations write it (their own
 * changes and their customers' messages), a few a second at most, so 4 shards take ~4 writes/s
 * while a month of agents' documents costs readers at most 4× what it did.
 */
export const AGENT_ROLLUP_SHARDS = METRICS_LIMITS.agentRollupShards.value;

/** How many shards `key` is split over. */
export function shardCountOf(key: RollupKey): number {
  return key.agent === ALL_AGENTS || key.agent === UNASSIGNED ? MAILBOX_ROLLUP_SHARDS : AGENT_ROLLUP_SHARDS;
}

/** FNV-1a: stable across processes and releases, which the shard of a conversation must be. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The shard a conversation's deltas to `key` go to: by the conversation's key, so a later delta that
 * takes back what an earlier one added (a moved first-response bucket, a reopened resolution) lands
 * on the same shard, and every shard stays a non-negative sum of whole conversations.
 */
export function shardOf(key: RollupKey, conversationKey: string): number {
  return hash(conversationKey) % shardCountOf(key);
}

/**
 * Document id of one shard. Shard 0 keeps the id rollups had before sharding, so documents written
 * before it are read as shard 0 and need no migration. `~` sorts after every id character a day,
 * mailbox id or address uses, so the shards of a key sit together in an id range.
 */
export function rollupShardId(key: RollupKey, shard: number): string {
  return shard === 0 ? rollupDocId(key) : `${rollupDocId(key)}~${shard}`;
}

/** Every shard id `key` may have. */
export function rollupShardIds(key: RollupKey): string[] {
  return Array.from({ length: shardCountOf(key) }, (_, shard) => rollupShardId(key, shard));
}

/** The writes of a BulkWriter, WriteBatch or Transaction that replaceRollup needs. */
export interface RollupWriter {
  set(ref: DocumentReference, data: DocumentData): unknown;
  delete(ref: DocumentReference): unknown;
}

/**
 * Replaces the whole rollup of `key` (a rebuild): `rollup` as shard 0 and every other shard
 * deleted, so the shards read back as exactly `rollup`. Blind deletes (a missing shard costs one
 * delete, no read). Appends that increment a shard meanwhile are lost to the replacement, as they
 * were before sharding: a rebuild recomputes from the logs.
 */
export function replaceRollup(
  writer: RollupWriter,
  db: Firestore,
  org: string,
  key: RollupKey,
  rollup: Rollup,
): void {
  const rollups = db.collection("orgs").doc(org).collection("rollups");
  for (const [shard, id] of rollupShardIds(key).entries()) {
    if (shard === 0) writer.set(rollups.doc(id), plainDoc(key, rollup));
    else writer.delete(rollups.doc(id));
  }
}

/** Adds up the shards of each key (documents as toKeyedRollup reads them), one rollup per key. */
export function mergeShards(shards: Iterable<KeyedRollup>): KeyedRollup[] {
  const byKey = new Map<string, { key: RollupKey; rollups: Rollup[] }>();
  for (const { key, rollup } of shards) {
    const id = rollupDocId(key);
    const entry = byKey.get(id) ?? { key, rollups: [] };
    entry.rollups.push(rollup);
    byKey.set(id, entry);
  }
  return [...byKey.values()].map(({ key, rollups }) => ({ key, rollup: mergeRollups(rollups) }));
}

function increments(counts: Readonly<Record<string, number | undefined>>): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [name, n] of Object.entries(counts))
    if (n !== undefined && n !== 0) out[name] = FieldValue.increment(n);
  return out;
}

/**
 * The merge-set body that adds `rollup` to the document of `key`. Empty maps are left out: under
 * merge an empty map is a value, and would wipe what the field held.
 */
export function incrementDoc(key: RollupKey, rollup: Rollup): DocumentData {
  const body: DocumentData = { day: key.day, mailboxId: key.mailboxId, agent: key.agent };
  const hists: Record<string, Record<string, FieldValue>> = {};
  for (const [name, hist] of Object.entries(rollup.hists)) {
    const fields = increments(hist);
    if (Object.keys(fields).length > 0) hists[name] = fields;
  }
  const counts = increments(rollup.counts);
  const hourOfWeek = increments(rollup.hourOfWeek);
  if (Object.keys(counts).length > 0) body.counts = counts;
  if (Object.keys(hists).length > 0) body.hists = hists;
  if (Object.keys(hourOfWeek).length > 0) body.hourOfWeek = hourOfWeek;
  return body;
}

/**
 * The plain document a backfill writes (no increments: it replaces). It is shard 0 of `key`: write
 * it through replaceRollup, which also deletes the key's other shards.
 */
export function plainDoc(key: RollupKey, rollup: Rollup): DocumentData {
  return { ...key, counts: rollup.counts, hists: rollup.hists, hourOfWeek: rollup.hourOfWeek };
}

function numbers(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof value !== "object" || value === null) return out;
  for (const [name, n] of Object.entries(value as Record<string, unknown>)) {
    if (typeof n === "number" && Number.isFinite(n) && n !== 0) out[name] = n;
  }
  return out;
}

/** A stored document read leniently: unknown names and non-numbers are ignored, not fatal. */
export function toKeyedRollup(data: DocumentData): KeyedRollup | null {
  const { day, mailboxId, agent } = data as Record<string, unknown>;
  if (typeof day !== "string" || typeof mailboxId !== "string" || typeof agent !== "string") return null;
  const counts: Partial<Record<CountName, number>> = {};
  for (const [name, n] of Object.entries(numbers(data.counts))) {
    if ((COUNT_NAMES as readonly string[]).includes(name) || name.startsWith(RULE_COUNT_PREFIX))
      counts[name as CountName] = n;
  }
  const hists: Partial<Record<HistogramName, Record<string, number>>> = {};
  const storedHists = (typeof data.hists === "object" && data.hists !== null ? data.hists : {}) as Record<
    string,
    unknown
  >;
  for (const name of HISTOGRAM_NAMES) {
    const hist = numbers(storedHists[name]);
    if (Object.keys(hist).length > 0) hists[name] = hist;
  }
  return { key: { day, mailboxId, agent }, rollup: { counts, hists, hourOfWeek: numbers(data.hourOfWeek) } };
}
