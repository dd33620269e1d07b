import { SYSTEM, type Actor } from "@baton/shared";

/**
 * Who reports a thread, which decides whose replies its messages may be recorded as (issue 11).
 *
 * - `sidebar`: an add-in's POST /conversations/observe. The token proves who is asking, nothing
 *   more: the message list is whatever the client sends, so its From headers are claims.
 * - `connector`: a mailbox connector that read the messages from the mailbox itself through Gmail
 *   or Graph with the org's own credentials, so a From there was stamped by the mail system.
 */
export type ObserveSource = { kind: "sidebar"; caller: Actor } | { kind: "connector" };

/** What the org knows about addresses: its members by email and its mailboxes' addresses. */
export interface Directory {
  members: ReadonlyMap<string, Actor>;
  mailboxAddresses: ReadonlySet<string>;
}

/** How one reported message enters the log, or why it does not. */
export type Attribution =
  | { record: true; direction: "inbound" | "outbound"; actor: Actor }
  | { record: false; reason: "another_members_reply" };

/**
 * Direction and author of one reported message.
 *
 * A connector credits an outbound message to the member named in From (their reply from another
 * client, seen in the mailbox), else to "system" (the shared address: nobody is named).
 *
 * A sidebar may only speak for its caller, because "a From header alone never stops a clock":
 * - From the caller's own address: the caller's reply, outbound.
 * - From a mailbox address: outbound, credited to the caller. Nothing a sidebar sends can prove
 *   which member sent as the shared address, so the only person it may name is the one whose token
 *   made the claim. That gives nobody new power (any agent can stop a clock by really replying, and
 *   the log then names them), keeps the everyday flow working (Outlook's send handler and the next
 *   open of a thread report the agent's own reply from support@), and makes a false report the
 *   reporter's own, auditable act. Its cost: a colleague's support@ reply that this sidebar reports
 *   before anyone else is credited to this caller; a connector reading the Sent folder cannot
 *   name the sender of a shared-address message either.
 * - From another member: not recorded at all. Recorded as outbound it would be a reply put in a
 *   colleague's name (and stop the clock); recorded as inbound it would be a customer message that
 *   never came (reopening a resolved thread, restarting clocks). Left out, its Message-ID stays
 *   unknown, so that member's own sidebar or the mailbox connector still records it correctly later;
 *   the thread still resolves through the other messages and the platform alias.
 * - Any other address: a customer's message, inbound (the caller is only who reported it).
 */
export function attributeMessage(from: string, source: ObserveSource, directory: Directory): Attribution {
  const member = directory.members.get(from);
  const fromMailbox = directory.mailboxAddresses.has(from);
  if (source.kind === "connector") {
    if (member !== undefined) return { record: true, direction: "outbound", actor: member };
    return { record: true, direction: fromMailbox ? "outbound" : "inbound", actor: SYSTEM };
  }
  const { caller } = source;
  if (from === caller.email.toLowerCase() || fromMailbox)
    return { record: true, direction: "outbound", actor: caller };
  if (member !== undefined) return { record: false, reason: "another_members_reply" };
  return { record: true, direction: "inbound", actor: caller };
}
