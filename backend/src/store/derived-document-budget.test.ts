// The documents derived from conversations (metric facts, rollups, the SLA outbox and its dead
// letters), the connectors' state and dead letters, and job documents: each built at the largest
// the code lets it be and measured by Firestore's rules (backend/test/store/firestore-size.ts).
// Where nothing bounds a value but code that is not user input (an error sentence, a provider's
// link), the size assumed is named here.
import {
  bucketOf,
  COUNT_NAMES,
  conversationFacts,
  DEFAULT_SLA_POLICY,
  HISTOGRAM_NAMES,
  MAX_FACT_ENTRIES,
  MAX_STORED_FACTS_FOLD_BYTES,
  type ClockOutcome,
  type ConversationEvent,
  type ConversationFacts,
  type Rollup,
} from "@baton/shared";
import type { Firestore, Transaction } from "firebase-admin/firestore";
import { documentSize, FIRESTORE_MAX_DOCUMENT_BYTES } from "../../test/store/firestore-size";
import { BUDGET_BYTES, email, wide, WIDEST_ORG as org } from "../../test/store/widest";
import { firstFailure } from "../connectors/dead-letters";
import type { ConnectorState } from "../connectors/state";
import type { JobDoc } from "../jobs/job-doc";
import { MAILBOX_ROLLUP_SHARDS, plainDoc, rollupShardId } from "../metrics/rollup-docs";
import { factsDoc, planMetricsWrites } from "../metrics/rollup-writes";
import { recordDeadLetter } from "../notify/dead-letter";
import type { DeliveryResult, SlaNotice } from "../notify/types";
import { addToOutbox } from "../sla/outbox";
import { ALWAYS_OPEN } from "./mailboxes";

/**
 * Error sentences made by code, not input (a delivery's, a failed job step's): nothing cuts them,
 * so they are assumed at most this many (3-byte) characters.
 */
const ERROR_CHARS_ASSUMED = 2_000;
/** A Graph delta or next link (a URL with an opaque token): assumed at most this. */
const PROVIDER_LINK_CHARS_ASSUMED = 16_000;

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const key = `c_${"k".repeat(24)}`;
const mailboxId = "m".repeat(64);
const ctx = { mailboxId, policy: DEFAULT_SLA_POLICY, calendar: ALWAYS_OPEN };

/** What a set/create/update records, keyed by document path. */
function recorder() {
  const writes = new Map<string, Record<string, unknown>>();
  const ref = (path: string): unknown => ({
    path,
    collection: (c: string) => ({ doc: (d: string) => ref(`${path}/${c}/${d}`) }),
    set: (data: Record<string, unknown>) => Promise.resolve(writes.set(path, data)),
  });
  const db = {
    collection: (c: string) => ({ doc: (d: string) => ref(`${c}/${d}`) }),
  } as unknown as Firestore;
  const record = (r: { path: string }, data: Record<string, unknown>) => writes.set(r.path, data);
  const tx = { create: record, set: record } as unknown as Transaction;
  return { writes, db, tx };
}

/**
 * `rounds` customer messages from the longest address, each answered by an agent with the longest
 * address, every tenth resolved (and reopened by the next message); held by a member throughout, so
 * every occurrence is credited to a 254-character address.
 */
function longThread(rounds: number): ConversationEvent[] {
  const log: ConversationEvent[] = [
    { id: "claim", at: T0, actor: email(1), type: "claimed", assignee: email(1) },
  ];
  let t = T0 + 1;
  for (let i = 0; i < rounds; i++) {
    const message = (type: string, from: string, at: number) =>
      ({
        id: `${type}-${i}`,
        at,
        actor: from,
        type,
        messageId: `${type}-${i}@x`,
        from,
        subject: "s",
        sentAt: at,
      }) as ConversationEvent;
    log.push(message("message_received", email(2), t), message("message_sent", email(3), t + 3_600_000));
    if (i % 10 === 9)
      log.push({
        id: `r-${i}`,
        at: t + 7_200_000,
        actor: email(3),
        type: "status_changed",
        from: "open",
        to: "resolved",
      });
    t += 4 * 3_600_000;
  }
  return log;
}

describe("derived document budgets", () => {
  it("a metricFacts document of a 1,500-message thread fits (it passed 1 MiB before its lists were capped)", () => {
    const log = longThread(1_500);
    const last = log.pop()!;
    const writes = planMetricsWrites({
      org,
      key,
      subject: wide(2_000),
      ctx,
      previousEvents: log,
      newEvents: [last],
    });
    const facts = writes.find((w) => w.path.includes("/metricFacts/"))!;
    const size = documentSize(facts.path, facts.data);
    // Measured 202,407 bytes (facts and fold ~98 KB each, every list at MAX_FACT_ENTRIES); the same
    // document with whole lists and their fold: 3,304,501 (6.6 MB at 3,000 messages).
    expect(size).toBeLessThan(BUDGET_BYTES);
    const whole = conversationFacts([...log, last], ctx.policy, ctx.calendar);
    const uncapped = { ...facts.data, facts: whole, factsFold: JSON.stringify({ facts: whole }) };
    expect(documentSize(facts.path, uncapped)).toBeGreaterThan(FIRESTORE_MAX_DOCUMENT_BYTES);
  });

  it("a metricFacts document with every list at MAX_FACT_ENTRIES and the largest stored fold fits", () => {
    const occurrence = (i: number) => ({ at: T0 + i, agent: email(i) });
    const timed = (i: number) => ({ ...occurrence(i), businessMs: 1e12, wallMs: 1e12 });
    const outcome = (i: number): ClockOutcome => ({
      ...occurrence(i),
      clock: i === 0 ? "first_response" : "next_response",
      cycle: 1_000_000 + i,
      outcome: "breached",
      targetMs: 1e12,
      usedMs: 1e12,
    });
    const many = <T>(make: (i: number) => T) =>
      Array.from({ length: MAX_FACT_ENTRIES * 3 }, (_, i) => make(i));
    const facts: ConversationFacts = {
      firstInboundAt: T0,
      firstAt: T0,
      lastAt: T0,
      status: "resolved",
      priority: "urgent",
      assignee: email(0),
      inbound: many(occurrence),
      replies: many(occurrence),
      reopens: many(occurrence),
      resolutions: many(occurrence),
      firstReply: timed(0),
      resolutionTimes: many(timed),
      clockOutcomes: many(outcome),
      earlier: {
        inbound: 1e9,
        replies: 1e9,
        reopens: 1e9,
        resolutions: 1e9,
        resolutionTimes: 1e9,
        outcomes: {
          next_response_met: 1e9,
          next_response_breached: 1e9,
          resolution_met: 1e9,
          resolution_breached: 1e9,
        },
      },
    };
    const doc = {
      ...factsDoc(
        {
          org,
          key,
          subject: wide(2_000),
          ctx: { ...ctx, calendar: { ...ctx.calendar, timeZone: "America/Argentina/ComodRivadavia" } },
        },
        facts,
      ),
      // The stored fold is kept only up to MAX_STORED_FACTS_FOLD_BYTES of UTF-8.
      factsFold: "x".repeat(MAX_STORED_FACTS_FOLD_BYTES),
      factsFoldEvents: 1e9,
    };
    expect((doc.facts.clockOutcomes as unknown[]).length).toBe(MAX_FACT_ENTRIES);
    // Measured 366,635 bytes: the fold 262,155, the facts 98,135, the subject 6,009.
    expect(documentSize(`orgs/${org}/metricFacts/${key}`, doc)).toBeLessThan(BUDGET_BYTES);
  });

  it("a rollup document with every count, every histogram bucket and every hour of the week fits", () => {
    // Buckets grow 5% each from 1 s: the longest duration a number holds is bucket ~611.
    const buckets = Object.fromEntries(
      Array.from({ length: bucketOf(Number.MAX_SAFE_INTEGER) + 1 }, (_, i) => [String(i), 1e9]),
    );
    const rollup: Rollup = {
      counts: Object.fromEntries(COUNT_NAMES.map((name) => [name, 1e9])),
      hists: Object.fromEntries(HISTOGRAM_NAMES.map((name) => [name, buckets])),
      hourOfWeek: Object.fromEntries(Array.from({ length: 168 }, (_, h) => [String(h), 1e9])),
    };
    const rollupKey = { day: "2026-01-05", mailboxId, agent: email(0) };
    const path = `orgs/${org}/rollups/${rollupShardId(rollupKey, MAILBOX_ROLLUP_SHARDS - 1)}`;
    // Measured 32,270 bytes: histograms 29,224 (4 x 612 buckets), hour of week 1,949.
    expect(documentSize(path, plainDoc(rollupKey, rollup))).toBeLessThan(50_000);
  });

  const notice: SlaNotice = {
    org,
    mailboxId,
    conversationKey: key,
    eventId: "e".repeat(40),
    kind: "escalated",
    clock: "resolution",
    cycle: 1_000_000,
    dueAt: T0,
    level: wide(100),
    subject: wide(2_000),
    assignee: email(0),
    // Everyone the rules name is notified or skipped, never both: the assignee, 100 leads, 20 rules
    // (escalation policy's MAX_RULES) of 50 members, and the on-call: 1,102, all skipped (the larger).
    recipients: [],
    skipped: Array.from({ length: 1_102 }, (_, i) => ({
      email: email(i),
      reason: "replaced_by_on_call" as const,
    })),
    channels: ["email", "slack", "teams", "webhook"],
    at: T0,
    timeZone: "America/Argentina/ComodRivadavia",
  };
  // Email, Slack, Teams and at most 10 webhooks (putChannelsRequestSchema).
  const results: DeliveryResult[] = [
    "email",
    "slack",
    "teams",
    ...Array.from({ length: 10 }, (_, i) => `h${i}`),
  ].map((target) => ({
    channel: "webhook",
    target: target.padEnd(40, "-"),
    ok: false,
    attempts: 1e6,
    error: wide(ERROR_CHARS_ASSUMED),
  }));

  it("an outbox entry, delivered, and a delivery's dead letter fit", async () => {
    const { writes, db, tx } = recorder();
    addToOutbox(tx, db, notice, T0);
    const [[path, created]] = [...writes] as [[string, Record<string, unknown>]];
    const delivered = {
      ...created,
      status: "partly_failed",
      claimedAt: T0,
      results,
      sentAt: T0,
      attempts: 1e6,
    };
    // Measured 439,506 bytes: the notice 359,637 (1,102 skipped, a 2,000-character subject), the 13
    // results 79,620 (their error sentences as assumed).
    expect(documentSize(path, delivered)).toBeLessThan(BUDGET_BYTES);

    await recordDeadLetter(db, notice, results[0]!, T0);
    const [deadPath, dead] = [...writes].find(([p]) => p.includes("/deadLetters/"))!;
    // Measured 6,518 bytes.
    expect(documentSize(deadPath, dead)).toBeLessThan(BUDGET_BYTES);
  });

  it("a connector's state and dead letter fit", () => {
    const link = "https://graph.microsoft.com/".padEnd(PROVIDER_LINK_CHARS_ASSUMED, "t");
    const folder = { sinceMs: T0, nextLink: link, deltaLink: link, read: 1e9, limit: 1e9 };
    const state: ConnectorState & { leaseUntil: number } = {
      org,
      mailboxId,
      address: email(0),
      provider: "microsoft",
      options: {
        initialDays: 1e6,
        resyncDays: 1e6,
        maxResyncMessages: 1e9,
        pubsubTopic: `projects/${"p".repeat(30)}/topics/${"t".repeat(255)}`,
        notificationUrl: link,
        // Set by an operator on the command line (scripts/connectors), not through the API.
        autoAck: { enabled: true, subject: wide(2_000), body: wide(ERROR_CHARS_ASSUMED) },
      },
      cursor: { inbox: folder, sentitems: folder },
      connectedAt: T0,
      paused: false,
      lastSyncAt: T0,
      lagMs: T0,
      // run-connector.ts cuts it to 1,000 characters.
      lastError: { message: wide(1_000), at: T0 },
      counts: {
        recorded: 1e9,
        known: 1e9,
        skipped: 1e9,
        deadLettered: 1e9,
        pages: 1e9,
        resyncs: 1e9,
        errors: 1e9,
        acks: 1e9,
      },
      push: {
        graphSubscriptions: ["inbox", "sentitems"].map((f) => ({
          id: "s".repeat(36),
          folder: f,
          expiresAt: T0,
          clientStateHash: "h".repeat(64),
        })),
      },
      leaseUntil: T0,
    };
    // Measured 97,055 bytes: the cursor 64,247 (four links as assumed), options 28,501.
    expect(documentSize(`orgs/${org}/connectors/${mailboxId}`, { ...state })).toBeLessThan(150_000);

    const letter = firstFailure(
      { org, mailboxId, provider: "microsoft" },
      {
        providerId: "A".repeat(1_000),
        messageId: wide(998),
        folder: "sentitems",
        error: new Error(wide(5_000)),
      },
      T0,
    );
    // Measured 5,501 bytes: the error is cut to MAX_DEAD_LETTER_ERROR_CHARS, the Message-ID is 998.
    expect(documentSize(`orgs/${org}/connectorDeadLetters/${letter.id}`, { ...letter })).toBeLessThan(10_000);
  });

  it("a job document fits", () => {
    const job: JobDoc = {
      kind: "metrics_rebuild",
      scope: mailboxId,
      params: { mailboxId, asOf: T0 },
      state: "failed",
      // The cursors are a phase and a document id (at most 1,500 bytes), or an instant and a key.
      cursor: JSON.stringify({ phase: "facts", after: "k".repeat(1_500) }),
      stage: "recomputing conversation facts",
      processed: 1e9,
      total: 1e9,
      requestedBy: email(0),
      startedAt: T0,
      updatedAt: T0,
      finishedAt: T0,
      error: wide(ERROR_CHARS_ASSUMED),
      failures: 3,
      lease: { owner: "o".repeat(64), expiresAt: T0 },
    };
    // Measured 8,450 bytes: the error 6,007 (as assumed), the cursor 1,536.
    expect(documentSize(`orgs/${org}/jobs/${"j".repeat(40)}`, { ...job })).toBeLessThan(50_000);
  });
});
