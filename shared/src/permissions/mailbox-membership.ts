import { domainError, type DomainError } from "../errors";
import type { Role } from "./roles";

/** The part of a mailbox that decides who may hold its conversations. */
export interface MailboxMembers {
  name: string;
  /** The mailbox's agents (routing.agents); empty means every agent of the org. */
  agents: readonly string[];
}

/** Who would hold the conversation: the claimer, or the member it is assigned to. */
export interface Holder {
  email: string;
  role: Role;
  /** The display name the sentence uses ("Ana"). */
  name: string;
}

/**
 * Whether `holder` may claim or be assigned a conversation of `mailbox`. A mailbox that lists agents
 * keeps its conversations to them; one that lists none is everyone's (a new org, a shared inbox).
 * Leads and admins may hold any mailbox's conversations whether listed or not: they supervise
 * every mailbox, escalations and on-call land on them, and a takeover (`assign` to themselves)
 * must not depend on an admin having listed them first.
 */
export function mayHold(mailbox: MailboxMembers, holder: Holder): boolean {
  if (mailbox.agents.length === 0 || holder.role === "lead" || holder.role === "admin") return true;
  const email = holder.email.toLowerCase();
  return mailbox.agents.some((agent) => agent.toLowerCase() === email);
}

/**
 * The refusal when `holder` may not hold conversations of `mailbox` (null when they may): forbidden
 * (403), worded for the person who asked, with what to do about it.
 */
export function membershipRefusal(
  mailbox: MailboxMembers,
  holder: Holder,
  actorEmail: string,
): DomainError | null {
  if (mayHold(mailbox, holder)) return null;
  const self = holder.email.toLowerCase() === actorEmail.toLowerCase();
  return domainError(
    "forbidden",
    self ? "errors.notAgentSelf" : "errors.notAgent",
    self ? { mailbox: mailbox.name } : { mailbox: mailbox.name, name: holder.name },
    { mailbox: mailbox.name, member: holder.email },
  );
}

/** Who sees a mailbox's conversations (org setting): every member, or only those who may hold them. */
export const MAILBOX_VISIBILITIES = ["all", "members"] as const;
export type MailboxVisibility = (typeof MAILBOX_VISIBILITIES)[number];

/**
 * Whether `member` sees the conversations of `mailbox` under the org's `visibility`. With "all"
 * (the default) every member reads every mailbox. With "members" a mailbox that lists agents is read
 * by those agents, leads and admins only: the same people who may hold it (mayHold), so a viewer,
 * who never holds anything, reads only mailboxes that list no agents.
 */
export function maySee(
  member: Pick<Holder, "email" | "role">,
  mailbox: Pick<MailboxMembers, "agents">,
  visibility: MailboxVisibility,
): boolean {
  if (visibility === "all") return true;
  return mayHold({ name: "", agents: mailbox.agents }, { ...member, name: "" });
}
