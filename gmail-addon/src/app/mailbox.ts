import { chooseTeamMailbox } from "@baton/shared/identity";

/** The addresses of one message as Gmail shows them (From, To, Cc; never Bcc or Delivered-To). */
export interface MessageAddresses {
  from: string;
  to?: string[] | undefined;
  cc?: string[] | undefined;
}

/**
 * Which of the org's Baton mailboxes a thread belongs to, or null when none is on it (a private
 * thread: nothing about it may leave Gmail). The rule is the one both clients share
 * (shared/src/identity/team-mailbox.ts); Gmail has no shared-folder owner to offer, and the signed-in
 * user's address is not passed: mail a Google Group or collaborative inbox delivers to its members
 * keeps `To: support@` while `Delivered-To` is the agent, so the thread's own From/To/Cc name the
 * mailbox. Messages are offered in thread order, each as From, To, Cc.
 */
export function chooseMailbox(
  messages: readonly MessageAddresses[],
  teamMailboxes: readonly string[],
): string | null {
  const addresses = messages.flatMap((m) => [m.from, ...(m.to ?? []), ...(m.cc ?? [])]);
  return chooseTeamMailbox({ addresses }, teamMailboxes)?.address ?? null;
}
