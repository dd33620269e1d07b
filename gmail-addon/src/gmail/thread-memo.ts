/**
 * What this user's add-on already reported about a Gmail thread, in CacheService.getUserCache()
 * (private to the user, best effort: an evicted or expired entry only means "report it again",
 * which observe treats idempotently). It lets an open read only the messages that arrived since.
 */
import type { ThreadMemo } from "../app/thread-memo-rules";
import { GMAIL_CARD_LIMITS } from "@baton/shared/limits";

const PREFIX = "baton.thread.";
/** CacheService keys may be up to 250 characters; Gmail thread ids are 16 hex digits. */
const MAX_KEY = GMAIL_CARD_LIMITS.googleCacheKeyLength.value;
/** The longest CacheService keeps an entry (6 h); a thread reopened later is read again. */
const TTL_SECONDS = GMAIL_CARD_LIMITS.googleCacheSeconds.value;

function keyOf(threadId: string): string | null {
  const key = `${PREFIX}${threadId}`;
  return key.length <= MAX_KEY ? key : null;
}

export function readThreadMemo(threadId: string): ThreadMemo | null {
  const key = keyOf(threadId);
  if (key === null) return null;
  const raw = CacheService.getUserCache().get(key) ?? null;
  if (raw === null) return null;
  try {
    const memo = JSON.parse(raw) as Partial<ThreadMemo>;
    if (typeof memo.count !== "number" || typeof memo.lastMessageId !== "string") return null;
    return {
      count: memo.count,
      lastMessageId: memo.lastMessageId,
      mailbox: typeof memo.mailbox === "string" ? memo.mailbox : null,
      ...(typeof memo.conversationKey === "string" ? { conversationKey: memo.conversationKey } : {}),
      ...(typeof memo.mailboxesFingerprint === "string"
        ? { mailboxesFingerprint: memo.mailboxesFingerprint }
        : {}),
      ...(typeof memo.customerName === "string" ? { customerName: memo.customerName } : {}),
    };
  } catch {
    return null;
  }
}

export function writeThreadMemo(threadId: string, memo: ThreadMemo): void {
  const key = keyOf(threadId);
  // Message-IDs are at most 998 characters, so a memo is far below the 100 KB value limit.
  if (key !== null) CacheService.getUserCache().put(key, JSON.stringify(memo), TTL_SECONDS);
}

export function forgetThreadMemo(threadId: string): void {
  const key = keyOf(threadId);
  if (key !== null) CacheService.getUserCache().remove(key);
}
