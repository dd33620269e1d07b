/**
 * What the add-on remembers per thread between opens, and the rules that decide from it which
 * messages still need reading. Pure: gmail/thread-memo.ts stores it, gmail/thread.ts applies it.
 */

export interface ThreadMemo {
  /** How many messages the thread had when it was last read (reported, or found private). */
  count: number;
  /** The Message-ID of message number `count`: proves the first `count` messages are unchanged. */
  lastMessageId: string;
  /** The Baton mailbox it was reported under, or null when no Baton mailbox was on it. */
  mailbox: string | null;
  /** The conversation the backend keyed it to (after a successful observe). */
  conversationKey?: string;
  /** For a private verdict: the mailbox list it was judged against (a new mailbox re-judges it). */
  mailboxesFingerprint?: string;
  /**
   * The customer's From as Gmail showed it ("Carla Customer <carla@x.test>"): Baton stores addresses
   * only, so the compose card sends this with a template render to fill {{customer.firstName}}.
   */
  customerName?: string;
}

/** The first reported sender who is not the mailbox: the customer, as their message names them. */
export function customerFrom(messages: readonly { from: string }[], mailbox: string): string | undefined {
  const ours = mailbox.toLowerCase();
  return messages.find((message) => message.from !== "" && !message.from.toLowerCase().includes(ours))?.from;
}

/** A short, stable digest of the mailbox list (FNV-1a), so a memo never holds the whole list. */
export function mailboxesFingerprint(addresses: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of [...addresses].sort().join("\n")) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${addresses.length}:${hash.toString(16)}`;
}

/**
 * Whether a memo still describes the start of the thread: the thread is at least as long and the
 * message at the remembered position has the remembered Message-ID (deleting a message shifts
 * positions; then the whole thread is read again). `messageIdAt` reads one header, lazily.
 */
export function memoStillHolds(
  memo: ThreadMemo | null,
  count: number,
  messageIdAt: (index: number) => string,
): memo is ThreadMemo {
  if (memo === null || memo.count < 1 || memo.count > count) return false;
  return messageIdAt(memo.count - 1) === memo.lastMessageId;
}
