/**
 * Which of the org's Baton mailboxes an open thread belongs to, or null when it involves none: one
 * rule for both mail clients. A null answer is a promise to the user, not a gap: the client sends
 * nothing about that thread (no observe, no presence), because a private thread's headers are none
 * of Baton's business.
 *
 * The evidence, strongest first:
 * 1. The owner of the shared folder or mailbox the item lives in, where the client can tell
 *    (Outlook's getSharedPropertiesAsync). It names the mailbox even when the customer wrote to an
 *    alias or Bcc'd it, so it wins, but only when it is a Baton mailbox: a delegate opening a
 *    manager's calendar folder is not a team thread on that ground alone.
 * 2. The addresses on the message: From first (a message the team mailbox sent), then To, then Cc
 *    (a customer writing to support@). Gmail passes the thread's addresses here; group delivery keeps
 *    `To: support@` while `Delivered-To` is the agent.
 * 3. The signed-in user's own address, only when it is itself a Baton mailbox (the mailbox is opened
 *    directly, or a team works from a plain user mailbox).
 */

export type TeamMailboxSource = "shared-owner" | "address" | "self";

export interface TeamMailboxEvidence {
  /** The owner of the shared folder/mailbox holding the item; null when not shared or unknown. */
  sharedOwner?: string | null;
  /** The message's From, To and Cc (in that order), bare or as "Name <address>". */
  addresses: readonly string[];
  /** The signed-in user's own address. */
  self?: string | null;
}

export interface TeamMailbox {
  address: string;
  source: TeamMailboxSource;
}

/** "Ana Lima <Ana@X.test>" -> "ana@x.test"; a bare address is trimmed and lower-cased. */
export function bareEmail(value: string): string {
  return (/<([^<>]*)>\s*$/.exec(value)?.[1] ?? value).trim().toLowerCase();
}

export function chooseTeamMailbox(
  evidence: TeamMailboxEvidence,
  batonMailboxes: readonly string[],
): TeamMailbox | null {
  const known = new Set(batonMailboxes.map(bareEmail));
  const isKnown = (value: string | null | undefined): value is string =>
    typeof value === "string" && known.has(bareEmail(value));
  if (isKnown(evidence.sharedOwner))
    return { address: bareEmail(evidence.sharedOwner), source: "shared-owner" };
  const onMessage = evidence.addresses.find(isKnown);
  if (onMessage !== undefined) return { address: bareEmail(onMessage), source: "address" };
  if (isKnown(evidence.self)) return { address: bareEmail(evidence.self), source: "self" };
  return null;
}
