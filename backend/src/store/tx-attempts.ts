import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Counts the transaction attempts one request makes (each run of a transaction function), so the
 * emulator can report them (X-Baton-Tx-Attempts) and a test can hold contention to no retries.
 */
const counter = new AsyncLocalStorage<{ attempts: number }>();

/** Runs `fn` counting the transaction attempts made inside it. */
export async function countingTxAttempts<T>(fn: () => Promise<T>): Promise<{ value: T; attempts: number }> {
  const count = { attempts: 0 };
  const value = await counter.run(count, fn);
  return { value, attempts: count.attempts };
}

/** Called at the start of every transaction function run. */
export function noteTxAttempt(): void {
  const count = counter.getStore();
  if (count !== undefined) count.attempts += 1;
}
