import { rollupDocId, type KeyedRollup, type RollupKey } from "@baton/shared";
import type { DocumentData, DocumentReference, Firestore } from "firebase-admin/firestore";
import {
  AGENT_ROLLUP_SHARDS,
  MAILBOX_ROLLUP_SHARDS,
  mergeShards,
  replaceRollup,
  rollupShardId,
  rollupShardIds,
  shardOf,
} from "./rollup-docs";

const all: RollupKey = { day: "2026-10-05", mailboxId: "support", agent: "_all" };
const ana: RollupKey = { ...all, agent: "ana@x.test" };
const keys = Array.from({ length: 2000 }, (_, i) => `c_${i.toString(36)}`);

describe("rollup shards", () => {
  it("keeps the unsharded id for shard 0, so documents from before sharding read as shard 0", () => {
    expect(rollupShardId(all, 0)).toBe(rollupDocId(all));
    expect(rollupShardId(all, 7)).toBe("2026-10-05_support__all~7");
    expect(rollupShardIds(all)).toHaveLength(MAILBOX_ROLLUP_SHARDS);
    expect(rollupShardIds(ana)).toHaveLength(AGENT_ROLLUP_SHARDS);
    expect(rollupShardIds({ ...all, agent: "_unassigned" })).toHaveLength(MAILBOX_ROLLUP_SHARDS);
  });

  it("puts a conversation on one shard of a key, every time", () => {
    for (const key of keys.slice(0, 50)) expect(shardOf(all, key)).toBe(shardOf({ ...all }, key));
    // Pinned: a shard that moved between releases would split a conversation's deltas.
    // FNV-1a("a") = 0xe40c292c, 0x2c = 44, 44 mod 32 = 12 and mod 4 = 0; FNV-1a("b") = 0xe70c2de5, 229 mod 32 = 5.
    expect([shardOf(all, "a"), shardOf(all, "b"), shardOf(ana, "a")]).toEqual([12, 5, 0]);
  });

  it("spreads a busy mailbox's conversations: the busiest shard takes under twice the mean", () => {
    // 2,000 conversations over 32 shards: a mean of 62.5 each.
    const counts = new Array<number>(MAILBOX_ROLLUP_SHARDS).fill(0);
    for (const key of keys) counts[shardOf(all, key)]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThan((2 * keys.length) / MAILBOX_ROLLUP_SHARDS);
  });

  it("adds the shards of each key back up, one rollup per key", () => {
    const shard = (key: RollupKey, received: number, bucket: number): KeyedRollup => ({
      key,
      rollup: {
        counts: { received },
        hists: { firstResponseBusiness: { [bucket]: Math.sign(received) } },
        hourOfWeek: { "9": received },
      },
    });
    const merged = mergeShards([shard(all, 2, 3), shard(ana, 1, 3), shard(all, 5, 4), shard(all, -1, 3)]);
    expect(merged).toEqual([
      {
        key: all,
        rollup: {
          counts: { received: 6 },
          hists: { firstResponseBusiness: { "4": 1 } },
          hourOfWeek: { "9": 6 },
        },
      },
      {
        key: ana,
        rollup: {
          counts: { received: 1 },
          hists: { firstResponseBusiness: { "3": 1 } },
          hourOfWeek: { "9": 1 },
        },
      },
    ]);
  });

  it("replaces a key's rollup as shard 0 and deletes its other shards", () => {
    const ops: Array<[string, string, DocumentData?]> = [];
    const ref = (path: string[]): DocumentReference =>
      ({ id: path.at(-1), path: path.join("/") }) as unknown as DocumentReference;
    const db = {
      collection: (c: string) => ({
        doc: (o: string) => ({ collection: (r: string) => ({ doc: (id: string) => ref([c, o, r, id]) }) }),
      }),
    } as unknown as Firestore;
    const writer = {
      set: (r: DocumentReference, data: DocumentData) => ops.push(["set", r.path, data]),
      delete: (r: DocumentReference) => ops.push(["delete", r.path]),
    };
    replaceRollup(writer, db, "o1", ana, { counts: { received: 3 }, hists: {}, hourOfWeek: {} });
    expect(ops).toEqual([
      [
        "set",
        "orgs/o1/rollups/2026-10-05_support_ana@x.test",
        { ...ana, counts: { received: 3 }, hists: {}, hourOfWeek: {} },
      ],
      ["delete", "orgs/o1/rollups/2026-10-05_support_ana@x.test~1"],
      ["delete", "orgs/o1/rollups/2026-10-05_support_ana@x.test~2"],
      ["delete", "orgs/o1/rollups/2026-10-05_support_ana@x.test~3"],
    ]);
  });
});
