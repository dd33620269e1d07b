/**
 * A per-process cache for small, rarely changing documents (the team, the mailboxes, who is a
 * member) that nearly every request reads. Entries live `ttlMs`; concurrent misses share one load;
 * a failed load is not kept. Staleness is bounded by the TTL: a role change or a new mailbox reaches
 * every instance within it.
 */
export interface TtlCache<V> {
  get: (key: string, load: () => Promise<V>) => Promise<V>;
  clear: () => void;
}

export function createTtlCache<V>(
  ttlMs: number,
  now: () => number = Date.now,
  maxEntries = 1000,
): TtlCache<V> {
  const entries = new Map<string, { at: number; value: Promise<V> }>();
  return {
    get(key, load) {
      const hit = entries.get(key);
      if (hit !== undefined && now() - hit.at < ttlMs) return hit.value;
      if (entries.size >= maxEntries) entries.clear();
      const value = load();
      entries.set(key, { at: now(), value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}
