// Orgs with routing for the engine suites and the load benchmark, written through the admin SDK,
// and arrivals recorded through observeThread as a connector reports them (the API's append path).
import { randomBytes } from "node:crypto";
import type { Firestore } from "firebase-admin/firestore";
import { forgetRoutingDirectory } from "../../../backend/src/routing";
import { forgetDirectory, mailboxNamed } from "../../../backend/src/store/directory";
import { createIdGenerator } from "../../../backend/src/store/ids";
import { observeThread } from "../../../backend/src/store/observe";

export const TIERS = {
  low: { firstResponseMinutes: 480, nextResponseMinutes: 480, resolutionMinutes: 2400 },
  normal: { firstResponseMinutes: 240, nextResponseMinutes: 240, resolutionMinutes: 1440 },
  high: { firstResponseMinutes: 60, nextResponseMinutes: 60, resolutionMinutes: 480 },
  urgent: { firstResponseMinutes: 30, nextResponseMinutes: 30, resolutionMinutes: 240 },
};
const OPEN_CALENDAR = {
  timeZone: "UTC",
  weekly: Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [{ from: "00:00", to: "24:00" }]]),
  ),
};

export interface MailboxSpec {
  id: string;
  /** The stored `routing` beyond agents (strategy, rules, capacity, rebalanceTo, anyHour). */
  routing: Record<string, unknown>;
  agents?: string[];
}
export interface MemberSpec {
  name: string;
  role: "agent" | "lead" | "admin" | "viewer";
  awayUntil?: number | null;
  maxOpen?: number | null;
}

export interface RoutingOrg {
  org: string;
  domain: string;
  email: (name: string) => string;
  address: (mailboxId: string) => string;
}

export async function createRoutingOrg(
  db: Firestore,
  label: string,
  mailboxes: MailboxSpec[],
  members: MemberSpec[],
): Promise<RoutingOrg> {
  const org = `${label}-${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const domain = `${org}.baton.test`;
  const email = (name: string) => `${name}@${domain}`;
  const address = (id: string) => `${id}@${domain}`;
  const batch = db.batch();
  batch.set(db.doc(`orgs/${org}`), { name: label, domain, identity: { domains: [domain], tenants: [] } });
  for (const m of mailboxes) {
    batch.set(db.doc(`orgs/${org}/mailboxes/${m.id}`), {
      address: address(m.id),
      name: m.id,
      policy: { tiers: TIERS, warningThreshold: 0.75, pauseStatuses: ["pending", "snoozed"] },
      calendar: OPEN_CALENDAR,
      routing: { agents: (m.agents ?? []).map(email), onCall: null, ...m.routing },
      version: 1,
      createdAt: Date.now() - 90 * 86_400_000,
    });
  }
  for (const m of members) {
    batch.set(db.doc(`orgs/${org}/members/${email(m.name)}`), {
      email: email(m.name),
      name: m.name,
      role: m.role,
      ...(m.awayUntil === undefined ? {} : { awayUntil: m.awayUntil }),
      ...(m.maxOpen === undefined ? {} : { maxOpen: m.maxOpen }),
    });
  }
  await batch.commit();
  forgetCaches();
  return { org, domain, email, address };
}

export function forgetCaches(): void {
  forgetDirectory();
  forgetRoutingDirectory();
}

export interface ArrivalSpec {
  subject: string;
  from?: string;
  snippet?: string;
  hasAttachment?: boolean;
  /** Reply to this Message-ID (a later customer message in the same conversation). */
  inReplyTo?: string;
}

/** A customer's message arriving in `mailboxId`, as a connector reports it; answers the conversation. */
export async function arrive(db: Firestore, o: RoutingOrg, mailboxId: string, spec: ArrivalSpec) {
  const mailbox = await mailboxNamed(db, o.org, mailboxId);
  if (mailbox === null) throw new Error(`no mailbox ${mailboxId}`);
  const nowMs = Date.now();
  const messageId = `<${randomBytes(6).toString("hex")}@customer.test>`;
  const result = await observeThread(db, {
    org: o.org,
    mailbox,
    platform: "gmail",
    platformThreadId: undefined,
    messages: [
      {
        messageId,
        ...(spec.inReplyTo === undefined ? {} : { inReplyTo: spec.inReplyTo, references: spec.inReplyTo }),
        from: spec.from ?? "customer@customer.test",
        to: [mailbox.address],
        subject: spec.subject,
        sentAt: nowMs - 1000,
        receivedAt: nowMs - 1000,
        ...(spec.snippet === undefined ? {} : { snippet: spec.snippet }),
        ...(spec.hasAttachment === undefined ? {} : { hasAttachment: spec.hasAttachment }),
      },
    ],
    source: { kind: "connector", sent: new Set() },
    directory: { members: new Map(), mailboxAddresses: new Set([mailbox.address]) },
    nowMs,
    newId: createIdGenerator(nowMs),
  });
  if ("code" in result) throw new Error(`observe failed: ${result.code} ${result.message}`);
  return { ...result, messageId };
}
