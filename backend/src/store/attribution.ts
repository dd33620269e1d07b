import { SYSTEM, type Actor } from "@baton/shared";

/**
 * Who reports a thread, which decides whose replies its messages may be recorded as (issue 11).
 *
 * - `sidebar`: an add-in's POST /conversations/observe. The token proves who is asking, nothing
 *   more: the message list is whatever the client sends, so its From headers are claims.
 * - `connector`: a mailbox connector that read the messages from the mailbox itself through Gmail
 *   or Graph with the org's own credentials. Its From headers are still whatever the sender wrote
 *   (anyone can send the mailbox a message "From: ana@"); what the mail system does vouch for is
 *   the folder: `sent` holds the normalised own Message-IDs of the messages it read from the
 *   mailbox's Sent mail (Gmail label SENT, Graph Sent Items), i.e. sent by the mailbox's account.
 */
export type ObserveSource =
  { kind: "sidebar"; caller: Actor } | { kind: "connector"; sent: ReadonlySet<string> };

/** What the org knows about addresses: its members by email and its mailboxes' addresses. */
export interface Directory {
  members: ReadonlyMap<string, Actor>;
  mailboxAddresses: ReadonlySet<string>;
}

/** How one reported message enters the log, or why it does not. */
export type Attribution =
  | { record: true; direction: "inbound" | "outbound"; actor: Actor }
  | { record: false; reason: "another_members_reply" };

/** The two facts of a reported message attribution reads: its From and its normalised own id. */
export interface ReportedMessage {
  from: string;
  id: string;
}

/**
 * Direction and author of one reported message.
 *
 * A connector goes by the folder, because "a From header alone never stops a clock":
 * - Read from the Sent mail: outbound, credited to the member named in From (their reply sent as
 *   themselves through the mailbox, or through a send-as alias), else to "system" (the shared
 *   address, or another address the account sends as: nobody is named).
 * - Read from anywhere else (the Inbox): inbound, by "system", whatever its From says, a member's
 *   or the mailbox's own address included. It really arrived, so recording it as arrived is the
 *   truth the mailbox shows, and it gives a forger nothing an outsider's mail cannot (any address
 *   can write in and reopen a thread; none can stop a clock that way). Skipping it instead would
 *   hand the From header the opposite power, to hide a message that did arrive (a member's
 *   internal request to the support address, or mail forging a member's address, would never
 *   reach the queue). Its cost: a member's reply from their own mailbox that merely copies the
 *   support address is an arriving message, not a response; they answer through the mailbox (or
 *   their sidebar, which credits them) for it to count.
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
export function attributeMessage(
  message: ReportedMessage,
  source: ObserveSource,
  directory: Directory,
): Attribution {
  const { from } = message;
  const member = directory.members.get(from);
  const fromMailbox = directory.mailboxAddresses.has(from);
  if (source.kind === "connector") {
    if (!source.sent.has(message.id)) return { record: true, direction: "inbound", actor: SYSTEM };
    return { record: true, direction: "outbound", actor: member ?? SYSTEM };
  }
  const { caller } = source;
  if (from === caller.email.toLowerCase() || fromMailbox)
    return { record: true, direction: "outbound", actor: caller };
  if (member !== undefined) return { record: false, reason: "another_members_reply" };
  return { record: true, direction: "inbound", actor: caller };
}
