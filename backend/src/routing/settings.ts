import {
  businessCalendarSchema,
  isRole,
  mailboxRoutingSchema,
  mayHold,
  type BusinessCalendar,
  type MailboxRouting,
} from "@baton/shared";
import type { RoutingMember } from "@baton/shared/routing";
import type { DocumentData, Firestore } from "firebase-admin/firestore";
import { calendarFromStore } from "../store/calendar-codec";
import { createTtlCache } from "../store/cache";
import { mailboxesOf } from "../store/directory";
import type { Mailbox } from "../store/mailboxes";
import { paths } from "../store/paths";
import { ROUTING_CACHE_TTL_MS } from "./limits";

/** A mailbox with its whole routing (agents, onCall, strategy, rules, capacity, rebalanceTo, anyHour). */
export interface RoutedMailbox {
  mailbox: Mailbox;
  routing: MailboxRouting;
}

/** What routing reads of an org: its mailboxes' routing and its members with their availability. */
export interface RoutingDirectory {
  mailboxes: RoutedMailbox[];
  members: RoutingMember[];
}

const MANUAL: Omit<MailboxRouting, "agents" | "onCall"> = mailboxRoutingSchema.parse({});

/**
 * A mailbox's stored `routing` read leniently: settings saved by an older version, or by hand, that
 * no longer parse route manually (as before routing existed) instead of failing every arrival.
 */
function routingOfDoc(data: DocumentData | undefined, mailbox: Mailbox): MailboxRouting {
  const parsed = mailboxRoutingSchema.safeParse(data?.routing ?? {});
  if (parsed.success) return parsed.data;
  return { ...MANUAL, agents: mailbox.routing.agents, onCall: mailbox.routing.onCall };
}

function calendarOf(stored: unknown): BusinessCalendar | undefined {
  if (stored === undefined || stored === null) return undefined;
  const parsed = businessCalendarSchema.safeParse(calendarFromStore(stored));
  return parsed.success ? parsed.data : undefined;
}

/** A member document as routing sees it (availability fields written by PUT /me/availability). */
export function toRoutingMember(email: string, data: DocumentData): RoutingMember | null {
  if (!isRole(data.role)) return null;
  const awayUntil = typeof data.awayUntil === "number" ? data.awayUntil : null;
  const skills = Array.isArray(data.skills)
    ? data.skills.filter((s): s is string => typeof s === "string")
    : [];
  const workingHours = calendarOf(data.workingHours);
  const maxOpen = data.maxOpen === null ? null : typeof data.maxOpen === "number" ? data.maxOpen : undefined;
  return {
    email,
    name: typeof data.name === "string" && data.name !== "" ? data.name : email,
    role: data.role,
    availability: {
      awayUntil,
      skills,
      ...(workingHours === undefined ? {} : { workingHours }),
      ...(maxOpen === undefined ? {} : { maxOpen }),
    },
  };
}

async function loadDirectory(db: Firestore, org: string): Promise<RoutingDirectory> {
  const [mailboxes, mailboxDocs, memberDocs] = await Promise.all([
    mailboxesOf(db, org),
    paths.mailboxes(db, org).get(),
    paths.members(db, org).get(),
  ]);
  const raw = new Map(mailboxDocs.docs.map((d) => [d.id, d.data()]));
  return {
    mailboxes: mailboxes.map((mailbox) => ({ mailbox, routing: routingOfDoc(raw.get(mailbox.id), mailbox) })),
    members: memberDocs.docs
      .map((d) => toRoutingMember(d.id, d.data()))
      .filter((m): m is RoutingMember => m !== null),
  };
}

const directories = createTtlCache<RoutingDirectory>(ROUTING_CACHE_TTL_MS);

/** The org's routing directory, cached for ROUTING_CACHE_TTL_MS per instance. */
export function routingDirectoryOf(db: Firestore, org: string): Promise<RoutingDirectory> {
  return directories.get(org, () => loadDirectory(db, org));
}

/** After a write through this instance (availability, routing settings), or in tests. */
export function forgetRoutingDirectory(): void {
  directories.clear();
}

/**
 * The members a mailbox's strategy picks from, in order: its listed agents (those who are members),
 * or, when it lists none, every agent and lead who may hold it.
 */
export function candidatesOf(dir: RoutingDirectory, routed: RoutedMailbox): RoutingMember[] {
  const byEmail = new Map(dir.members.map((m) => [m.email.toLowerCase(), m]));
  if (routed.routing.agents.length > 0) {
    return routed.routing.agents
      .map((a) => byEmail.get(a.toLowerCase()))
      .filter((m): m is RoutingMember => m !== undefined);
  }
  const members = { name: routed.mailbox.name, agents: routed.routing.agents };
  return dir.members
    .filter((m) => m.role === "agent" || m.role === "lead")
    .filter((m) => mayHold(members, { email: m.email, role: m.role, name: m.name ?? m.email }))
    .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}

/** A mailbox by id or address. */
export function routedMailbox(dir: RoutingDirectory, idOrAddress: string): RoutedMailbox | undefined {
  return (
    dir.mailboxes.find((m) => m.mailbox.id === idOrAddress) ??
    dir.mailboxes.find((m) => m.mailbox.address === idOrAddress.toLowerCase())
  );
}
