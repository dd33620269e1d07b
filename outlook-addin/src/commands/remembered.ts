/**
 * What the task pane remembers for the send handler: for the threads it showed last, the Baton
 * conversation and the Message-ID it showed. One bounded list under one key, because roaming settings
 * (the channel every runtime shares) hold 32 KB in all and keep every key until removed: at most
 * MAX_REMEMBERED entries of ~350 characters each stay far below that.
 */
import type { RememberedConversation } from "./send-check";
import type { SharedStore } from "./shared-store";
import { OUTLOOK_PANE_LIMITS } from "@baton/shared/limits";

export const REMEMBERED_KEY = "baton:remembered";
export const MAX_REMEMBERED = OUTLOOK_PANE_LIMITS.rememberedThreads.value;

export interface RememberedEntry extends RememberedConversation {
  /** Exchange's conversationId, the same in read mode and in the reply being composed. */
  thread: string;
}

export function parseRemembered(text: string | null): RememberedEntry[] {
  if (text === null) return [];
  try {
    const value = JSON.parse(text) as unknown;
    if (!Array.isArray(value)) return [];
    return value.filter(
      (entry): entry is RememberedEntry =>
        typeof (entry as RememberedEntry | null)?.thread === "string" &&
        typeof (entry as RememberedEntry).key === "string" &&
        typeof (entry as RememberedEntry).lastMessageId === "string",
    );
  } catch {
    return [];
  }
}

/** The list with `entry` first and any older entry for its thread dropped, cut to `max`. */
export function addRemembered(
  list: readonly RememberedEntry[],
  entry: RememberedEntry,
  max = MAX_REMEMBERED,
): RememberedEntry[] {
  return [entry, ...list.filter((old) => old.thread !== entry.thread)].slice(0, max);
}

export async function rememberConversation(store: SharedStore, entry: RememberedEntry): Promise<void> {
  const list = parseRemembered(await store.get(REMEMBERED_KEY));
  await store.set(REMEMBERED_KEY, JSON.stringify(addRemembered(list, entry)));
}

export async function recallConversation(
  store: SharedStore,
  thread: string,
): Promise<RememberedConversation | null> {
  const found = parseRemembered(await store.get(REMEMBERED_KEY)).find((entry) => entry.thread === thread);
  return found === undefined ? null : { key: found.key, lastMessageId: found.lastMessageId };
}
