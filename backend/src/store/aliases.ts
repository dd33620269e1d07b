import { CONVERSATION_LIMITS } from "@baton/shared/limits";

/**
 * The platform thread ids a conversation document lists. Lookups never read this list: a thread
 * id is resolved through its own alias document (`aliases/{platform}_{hash}`), and retention finds
 * those by query. The list only tells a reader which ids point here, so it keeps the newest few.
 */

/**
 * Thread ids listed on one conversation document. Gmail gives each member's mailbox its own thread
 * id for a shared thread, so a team of 50 is 50 legitimate ids; past that the oldest is dropped from
 * the list (its alias document stays and still resolves), so any number of observes with new
 * thread ids costs the document at most 50 x ~38 bytes. No request is refused on reaching it.
 */
export const MAX_ALIASES = CONVERSATION_LIMITS.threadAliases.value;

/** `aliases` with `alias` added last (once), the oldest dropped past MAX_ALIASES. */
export function withAlias(aliases: readonly string[], alias: string): string[] {
  const next = aliases.includes(alias) ? [...aliases] : [...aliases, alias];
  return next.slice(Math.max(0, next.length - MAX_ALIASES));
}
