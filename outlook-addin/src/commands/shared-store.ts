/**
 * One small key/value interface over the storage channels the task pane and the OnMessageSend handler
 * can share, tried in a fixed order. Which channels exist depends on the runtime (Microsoft, "Runtimes
 * in Office Add-ins"): OfficeRuntime.storage only in classic Outlook on Windows' event runtime,
 * roaming settings everywhere (server-side, per mailbox), localStorage only in browser runtimes.
 */
export interface SharedStore {
  /** Names the channel in logs and tests. */
  readonly name: string;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Reads from the first channel that has the key (a channel that fails is skipped); writes and removes
 * go to every channel at once, since the reader may be in another runtime that sees only one of them.
 * A write succeeds when at least one channel took it.
 */
export function chainStores(stores: readonly SharedStore[]): SharedStore {
  return {
    name: stores.map((store) => store.name).join(">"),
    async get(key) {
      for (const store of stores) {
        try {
          const value = await store.get(key);
          if (value !== null) return value;
        } catch {
          // A channel this runtime lacks or that failed: the next one may have it.
        }
      }
      return null;
    },
    async set(key, value) {
      await firstSuccess(stores.map((store) => store.set(key, value)));
    },
    async remove(key) {
      await Promise.allSettled(stores.map((store) => store.remove(key)));
    },
  };
}

async function firstSuccess(writes: Promise<void>[]): Promise<void> {
  if (writes.length === 0) throw new Error("No storage channel is available in this runtime.");
  const results = await Promise.allSettled(writes);
  if (results.some((result) => result.status === "fulfilled")) return;
  const failure = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
  throw failure?.reason instanceof Error ? failure.reason : new Error("Every storage channel failed.");
}

/** An in-memory channel: the tests' stand-in for any of the real ones. */
export function memoryStore(name: string, values = new Map<string, string>()): SharedStore {
  return {
    name,
    get: (key) => Promise.resolve(values.get(key) ?? null),
    set: (key, value) => {
      values.set(key, value);
      return Promise.resolve();
    },
    remove: (key) => {
      values.delete(key);
      return Promise.resolve();
    },
  };
}
