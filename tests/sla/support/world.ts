/**
 * Fixtures for the SLA suites on the Firestore emulator: an org of its own per suite (so neither the
 * seed nor other suites are touched), a mailbox, members, escalation settings and conversations
 * written the way the API writes them (projection + sla summary + event docs).
 */
import { randomBytes } from "node:crypto";
import {
  DEFAULT_SLA_POLICY,
  project,
  slaState,
  type BusinessCalendar,
  type ConversationEvent,
  type EscalationPolicy,
  type OnCallRota,
} from "@baton/shared";
import { deleteApp, initializeApp, type App } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import type { NotifyDeps } from "../../../backend/src/notify/dispatch";
import { fetchPost } from "../../../backend/src/notify/post-json";
import { recordDeadLetter } from "../../../backend/src/notify/dead-letter";
import { queueEmail } from "../../../backend/src/notify/email";
import type { ChannelTargets } from "../../../backend/src/notify/types";
import { slaPaths } from "../../../backend/src/sla/paths";
import { calendarToStore } from "../../../backend/src/store/calendar-codec";
import { summarizeSla } from "../../../backend/src/store/sla-summary";
import { paths } from "../../../backend/src/store/paths";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const MAILBOX = "support";
export const ANA = "ana@acme.test";
export const LENA = "lena@acme.test";
export const OLGA = "olga@acme.test";

export const ALWAYS_OPEN_UTC: BusinessCalendar = {
  timeZone: "UTC",
  weekly: Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]]),
  ),
};

export function connect(): { db: Firestore; close: () => Promise<void> } {
  if (process.env.FIRESTORE_EMULATOR_HOST === undefined) {
    throw new Error("Run inside `firebase emulators:exec` (FIRESTORE_EMULATOR_HOST is not set).");
  }
  const app: App = initializeApp({ projectId: "demo-baton" }, `sla-${randomBytes(4).toString("hex")}`);
  const db = getFirestore(app);
  db.settings({ ignoreUndefinedProperties: true });
  return { db, close: () => deleteApp(app) };
}

export function newOrg(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export function conversationKey(n: number): string {
  return `c_${n.toString(36).padStart(12, "0")}`;
}

export async function seedOrg(
  db: Firestore,
  org: string,
  options: {
    calendar?: BusinessCalendar;
    escalation?: EscalationPolicy;
    rota?: OnCallRota | null;
    targets?: ChannelTargets;
  } = {},
): Promise<void> {
  const batch = db.batch();
  batch.set(paths.mailbox(db, org, MAILBOX), {
    address: "support@acme.test",
    name: "Support",
    policy: DEFAULT_SLA_POLICY,
    calendar: calendarToStore(options.calendar ?? ALWAYS_OPEN_UTC),
    routing: { agents: [], onCall: OLGA },
    version: 1,
  });
  for (const [email, name, role] of [
    [ANA, "Ana", "agent"],
    [LENA, "Lena", "lead"],
    [OLGA, "Olga", "agent"],
  ] as const) {
    batch.set(paths.member(db, org, email), { email, name, role });
  }
  if (options.escalation !== undefined || options.rota !== undefined) {
    batch.set(slaPaths.escalation(db, org, MAILBOX), {
      ...(options.escalation === undefined ? {} : { policy: options.escalation }),
      rota: options.rota ?? null,
    });
  }
  if (options.targets !== undefined) batch.set(slaPaths.channels(db, org, MAILBOX), options.targets);
  await batch.commit();
}

export function received(at: number, n: number): ConversationEvent {
  return {
    id: `in-${n}`,
    at,
    actor: "customer@example.com",
    type: "message_received",
    messageId: `m${n}@example.com`,
    from: "customer@example.com",
    subject: `Question ${n}`,
    sentAt: at,
  };
}

export function claimedBy(at: number, assignee: string): ConversationEvent {
  return { id: `claim-${at}`, at, actor: assignee, type: "claimed", assignee };
}

/** The conversation document as the API stores it after `events` (summary as of `asOf`). */
export function conversationDoc(
  key: string,
  events: ConversationEvent[],
  asOf: number,
  calendar: BusinessCalendar = ALWAYS_OPEN_UTC,
): Record<string, unknown> {
  const conversation = project(key, "support@acme.test", events);
  const sla = summarizeSla(
    slaState(events, DEFAULT_SLA_POLICY, calendar, asOf),
    { policyVersion: 1, snoozedUntil: null, timeZone: calendar.timeZone },
    asOf,
  );
  return { ...conversation, mailboxId: MAILBOX, aliases: [], eventCount: events.length, sla };
}

export async function seedConversation(
  db: Firestore,
  org: string,
  key: string,
  events: ConversationEvent[],
  asOf: number,
  calendar?: BusinessCalendar,
): Promise<void> {
  const batch = db.batch();
  batch.set(paths.conversation(db, org, key), conversationDoc(key, events, asOf, calendar));
  for (const e of events) batch.set(paths.events(db, org, key).doc(e.id), e);
  await batch.commit();
}

export async function eventsOf(db: Firestore, org: string, key: string): Promise<ConversationEvent[]> {
  const snapshot = await paths.events(db, org, key).get();
  return snapshot.docs.map((d) => d.data() as ConversationEvent);
}

/** Real Firestore writes for mail and dead letters, real HTTP, instant retries. */
export function notifyDeps(db: Firestore, now: () => number = () => Date.now()): NotifyDeps {
  return {
    post: fetchPost,
    now,
    sleep: () => Promise.resolve(),
    random: () => 0.5,
    queueEmail: (n) => queueEmail(db, n),
    recordDeadLetter: (n, r) => recordDeadLetter(db, n, r, now()),
    retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 100 },
    // The suite's receivers listen on loopback, which only local runs may post to.
    targetPolicy: { allowLoopback: true },
  };
}
