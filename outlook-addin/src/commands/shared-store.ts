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
      await settle(stores.map((store) => store.remove(key)));
    },
  };
}

/**
 * Promise.allSettled by hand: Microsoft does not say which ECMAScript version the JavaScript-only
 * runtime's engine implements, so the handler's code keeps to ES2015 built-ins.
 */
function settle(work: Promise<void>[]): Promise<{ ok: boolean; error?: unknown }[]> {
  return Promise.all(
    work.map((promise) =>
      promise.then(
        () => ({ ok: true }),
        (error: unknown) => ({ ok: false, error }),
      ),
    ),
  );
}

async function firstSuccess(writes: Promise<void>[]): Promise<void> {
  if (writes.length === 0) throw new Error("No storage channel is available in this runtime.");
  const results = await settle(writes);
  if (results.some((result) => result.ok)) return;
  const error = results[0]?.error;
  throw error instanceof Error ? error : new Error("Every storage channel failed.");
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
