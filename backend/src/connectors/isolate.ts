import type { MailMessage } from "./mail-message";
import type { Provider } from "./state";
import { isTransient } from "./provider-error";
import { addResults, emptyResult, type FailedMessage, type MessageSink } from "./sink";
import { mapLimited } from "./sync-report";
import { CONNECTOR_LIMITS } from "@baton/shared/limits";

/**
 * Message fetches in flight per page: the engines' concurrency before issue 12, kept (well under
 * both providers' per-user rate limits).
 */
export const FETCHES_IN_FLIGHT = CONNECTOR_LIMITS.fetchesInFlight.value;

/**
 * Hands a page's failed messages to the dead-letter store before the engine saves the cursor that
 * passes them (a crash in between reads the page again; the letters are keyed, so not twice). An
 * engine run without a store stops at the first failure, as every failure did before.
 */
export async function setAside(
  store: ((failed: readonly FailedMessage[]) => Promise<void>) | undefined,
  failed: readonly FailedMessage[],
): Promise<void> {
  if (failed.length === 0) return;
  if (store === undefined) {
    const error = failed[0]?.error;
    throw error instanceof Error ? error : new Error(String(error));
  }
  await store(failed);
}

/** Graph's folder of a message (its replay reads it from there again); Gmail needs none. */
export function folderOf(provider: Provider, message: MailMessage): string | null {
  if (provider === "google") return null;
  return message.sent ? "sentitems" : "inbox";
}

export function failureOf(message: MailMessage, folder: string | null, error: unknown): FailedMessage {
  return { providerId: message.providerId, messageId: message.messageId, folder, error };
}

/**
 * Fetches every item of a page, setting aside the ones that fail for a reason of their own (a
 * message the provider refuses to serve, headers the parser chokes on) instead of losing the page.
 * A transient failure (throttling, an outage) is thrown: it would hit the next message too, and the
 * page is read again by the next run from the unmoved cursor.
 */
export async function fetchEach<T>(
  items: readonly T[],
  fetch: (item: T) => Promise<MailMessage | null>,
  describe: (item: T) => { providerId: string; folder: string | null },
): Promise<{ messages: MailMessage[]; failed: FailedMessage[] }> {
  const failed: FailedMessage[] = [];
  const fetched = await mapLimited(items, FETCHES_IN_FLIGHT, async (item) => {
    try {
      return await fetch(item);
    } catch (error) {
      if (isTransient(error)) throw error;
      failed.push({ ...describe(item), messageId: null, error });
      return null;
    }
  });
  return { messages: fetched.filter((m): m is MailMessage => m !== null), failed };
}

/**
 * A sink that never lets one message stop a page: when a batch throws (anything but a transient
 * failure), its messages are delivered again one at a time and only those that fail alone come back
 * in `failed`. Delivering again is safe because the observe path records a Message-ID once; the
 * messages before the culprit are counted as known the second time.
 */
export function isolatingSink(inner: MessageSink, folderOf: (m: MailMessage) => string | null): MessageSink {
  const alone = async (message: MailMessage) => {
    try {
      return await inner.ingest([message]);
    } catch (error) {
      if (isTransient(error)) throw error;
      return { ...emptyResult(), failed: [failureOf(message, folderOf(message), error)] };
    }
  };
  return {
    async ingest(batch) {
      try {
        return await inner.ingest(batch);
      } catch (error) {
        if (isTransient(error)) throw error;
        let result = emptyResult();
        for (const message of batch) result = addResults(result, await alone(message));
        return result;
      }
    },
  };
}
