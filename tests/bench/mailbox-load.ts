// One busy mailbox driven through the append path the API runs (observeThread for customer
// messages, changeConversation + decide for claims, notes and resolutions), in this process against
// the Firestore emulator. In process rather than through the Functions emulator so the figures are
// Firestore's transactions and not the emulator's worker pool on a shared 2-core machine. Used by the
// 20 events/s benchmark (mailbox-20-events-per-second.ts) and by tests/dashboard/hot-mailbox.test.ts.
import {
  decide,
  isDomainError,
  observedMessageSchema,
  type Actor,
  type ConversationCommand,
  type KeyedRollup,
} from "@baton/shared";
import { randomBytes } from "node:crypto";
import type { Firestore, Transaction } from "firebase-admin/firestore";
import { changeConversation } from "../../backend/src/handlers/append";
import { readRollups } from "../../backend/src/metrics/read-metrics";
import { mailboxNamed } from "../../backend/src/store/directory";
import { createIdGenerator } from "../../backend/src/store/ids";
import { observeThread } from "../../backend/src/store/observe";

export const LOAD_MAILBOX = "support";
const AGENTS = 10;

/** One conversation's life: five operations, three of which change the mailbox-wide rollup. */
export type Step = "open" | "claim" | "note" | "follow_up" | "resolve";
export const STEPS: readonly Step[] = ["open", "claim", "note", "follow_up", "resolve"];

export interface LoadOrg {
  org: string;
  domain: string;
  agents: Actor[];
}

export interface OpResult {
  step: Step;
  ms: number;
  events: number;
  error: string | null;
}

export interface Attempts {
  transactions: number;
  attempts: number;
}

/**
 * Counts transaction attempts: Firestore calls the update function once per attempt, so attempts -
 * transactions is the number of retries (contention shows up there first, long before a failure).
 */
export function countAttempts(db: Firestore): Attempts {
  const counter: Attempts = { transactions: 0, attempts: 0 };
  const original = db.runTransaction.bind(db);
  const wrapped = <T>(fn: (tx: Transaction) => Promise<T>, options?: object): Promise<T> => {
    counter.transactions += 1;
    return original((tx) => {
      counter.attempts += 1;
      return fn(tx);
    }, options);
  };
  db.runTransaction = wrapped;
  return counter;
}

export async function createLoadOrg(db: Firestore, label: string): Promise<LoadOrg> {
  const org = `${label}-${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const domain = `${org}.baton.test`;
  const agents: Actor[] = Array.from({ length: AGENTS }, (_, i) => ({
    email: `agent${i}@${domain}`,
    role: "agent",
  }));
  const batch = db.batch();
  batch.set(db.doc(`orgs/${org}`), { name: label, domain, identity: { domains: [domain], tenants: [] } });
  batch.set(db.doc(`orgs/${org}/mailboxes/${LOAD_MAILBOX}`), {
    address: `support@${domain}`,
    name: "Support",
    routing: { agents: [], onCall: null },
    version: 1,
    // Joined well before the load's messages: mail from before a mailbox joined is history (never
    // timed), and the load measures timed mail.
    createdAt: Date.now() - 90 * 24 * 3_600_000,
  });
  for (const agent of agents) {
    batch.set(db.doc(`orgs/${org}/members/${agent.email}`), { email: agent.email, name: "A", role: "agent" });
  }
  await batch.commit();
  return { org, domain, agents };
}

/** What one conversation of the run needs between its steps. */
interface Thread {
  tag: string;
  agent: Actor;
  key: string | null;
}

function message(load: LoadOrg, thread: Thread, n: number, nowMs: number) {
  const id = (i: number) => `<${thread.tag}.${i}@mail.customer.test>`;
  return observedMessageSchema.parse({
    messageId: id(n),
    ...(n > 0 ? { inReplyTo: id(n - 1), references: id(n - 1) } : {}),
    from: `cust-${thread.tag}@customer.test`,
    to: [`support@${load.domain}`],
    subject: `Order ${thread.tag}`,
    sentAt: new Date(nowMs).toISOString(),
  });
}

async function observe(db: Firestore, load: LoadOrg, thread: Thread, n: number): Promise<number> {
  const nowMs = Date.now();
  const mailbox = await mailboxNamed(db, load.org, LOAD_MAILBOX);
  if (mailbox === null) throw new Error("no mailbox");
  const messages = Array.from({ length: n + 1 }, (_, i) => message(load, thread, i, nowMs - (n - i) * 1000));
  const result = await observeThread(db, {
    org: load.org,
    mailbox,
    platform: "gmail",
    platformThreadId: undefined,
    messages,
    source: { kind: "sidebar", caller: thread.agent },
    directory: {
      members: new Map(load.agents.map((a) => [a.email, a])),
      mailboxAddresses: new Set([`support@${load.domain}`]),
    },
    nowMs,
    newId: createIdGenerator(nowMs),
  });
  if (isDomainError(result)) throw new Error(`${result.code}: ${result.message}`);
  thread.key = result.conversation.key;
  return 1;
}

async function command(
  db: Firestore,
  load: LoadOrg,
  thread: Thread,
  cmd: ConversationCommand,
): Promise<number> {
  if (thread.key === null) throw new Error("conversation not opened");
  const nowMs = Date.now();
  let events = 0;
  const result = await changeConversation(db, load.org, thread.key, nowMs, (loaded) => {
    const decision = decide(loaded.conversation, cmd, thread.agent, nowMs, createIdGenerator(nowMs));
    events = "events" in decision ? decision.events.length : 0;
    return decision;
  });
  if (isDomainError(result)) throw new Error(`${result.code}: ${result.message}`);
  return events;
}

function requestId(): string {
  return `req-${randomBytes(8).toString("hex")}`;
}

async function runStep(db: Firestore, load: LoadOrg, thread: Thread, step: Step): Promise<number> {
  switch (step) {
    case "open":
      return observe(db, load, thread, 0);
    case "claim":
      return command(db, load, thread, { type: "claim", requestId: requestId() });
    case "note":
      return command(db, load, thread, {
        type: "add_note",
        body: "Checked the carrier.",
        requestId: requestId(),
      });
    case "follow_up":
      return observe(db, load, thread, 1);
    case "resolve":
      return command(db, load, thread, { type: "set_status", status: "resolved", requestId: requestId() });
  }
}

/**
 * Runs `ops` operations at `perSecond`, open loop (each starts on its schedule whether or not the
 * earlier ones finished, as independent users would), `STEPS.length` per conversation in order; a
 * conversation's steps wait for its previous step. perSecond = Infinity starts them all at once.
 */
export async function runLoad(
  db: Firestore,
  load: LoadOrg,
  ops: number,
  perSecond: number,
): Promise<OpResult[]> {
  const conversations = Math.ceil(ops / STEPS.length);
  const threads: Thread[] = Array.from({ length: conversations }, (_, i) => ({
    tag: randomBytes(5).toString("hex"),
    agent: load.agents[i % load.agents.length]!,
    key: null,
  }));
  const previous: Array<Promise<unknown>> = threads.map(() => Promise.resolve());
  const started = performance.now();
  const results: Array<Promise<OpResult>> = [];
  // Steps interleave across conversations: op i is step floor(i / conversations) of conversation
  // i % conversations, so every second of the run mixes opens, claims, notes and resolutions.
  const perStep = conversations;
  for (let i = 0; i < ops; i += 1) {
    const c = i % perStep;
    const step = STEPS[Math.floor(i / perStep)]!;
    const at = Number.isFinite(perSecond) ? (i / perSecond) * 1000 : 0;
    const wait = started + at - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const thread = threads[c]!;
    const run = previous[c]!.then(async (): Promise<OpResult> => {
      const t0 = performance.now();
      try {
        const events = await runStep(db, load, thread, step);
        return { step, ms: performance.now() - t0, events, error: null };
      } catch (error) {
        return { step, ms: performance.now() - t0, events: 0, error: String(error) };
      }
    });
    previous[c] = run;
    results.push(run);
  }
  return Promise.all(results);
}

/** What the operations must have added to the mailbox-wide rollup. */
export function expectedTotals(results: readonly OpResult[]): {
  received: number;
  inbound: number;
  resolved: number;
} {
  const ok = (step: Step) => results.filter((r) => r.step === step && r.error === null).length;
  return { received: ok("open"), inbound: ok("open") + ok("follow_up"), resolved: ok("resolve") };
}

/** The mailbox-wide rollup of the run's days, shards merged, and the documents read for it. */
export async function mailboxTotals(
  db: Firestore,
  load: LoadOrg,
  from: string,
  to: string,
): Promise<{ received: number; inbound: number; resolved: number; documentsRead: number; ms: number }> {
  const t0 = performance.now();
  const { docs, documentsRead } = await readRollups(db, load.org, { from, to, mailbox: LOAD_MAILBOX });
  const ms = performance.now() - t0;
  const all = docs.filter((d: KeyedRollup) => d.key.agent === "_all");
  const sum = (name: "received" | "inbound" | "resolved") =>
    all.reduce((n, d) => n + (d.rollup.counts[name] ?? 0), 0);
  return { received: sum("received"), inbound: sum("inbound"), resolved: sum("resolved"), documentsRead, ms };
}

/**
 * Writes taken by each stored document of the mailbox-wide key over the run: an open and a
 * follow-up add one `inbound` each and a resolution one `resolved` (claims and notes leave the
 * mailbox-wide rollup as it is), so inbound + resolved of a document is the writes it took.
 */
export async function mailboxWideWrites(db: Firestore, load: LoadOrg): Promise<number[]> {
  const snapshot = await db.collection(`orgs/${load.org}/rollups`).where("agent", "==", "_all").get();
  return snapshot.docs.map((doc) => {
    const counts = (doc.get("counts") ?? {}) as Record<string, number | undefined>;
    return (counts.inbound ?? 0) + (counts.resolved ?? 0);
  });
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The UTC day of an instant: the load mailbox has no calendar, so the backend reads it as UTC. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
