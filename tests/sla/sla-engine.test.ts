/**
 * The SLA engine against the Firestore emulator: the sweeper's due query, recording once whatever
 * fires, escalation timers that survive API writes, notifications through the outbox, dead letters.
 * Calendar: round the clock in UTC, normal tier — first response 4h (warns after 3h), resolution 24h.
 */
import { slaActionEventId, type ConversationEvent } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { verifyWebhookSignature } from "../../backend/src/notify/signature";
import { startReceiver, type Receiver } from "../../backend/test/notify/receiver";
import { handleSlaTask } from "../../backend/src/sla/handlers";
import { slaPaths } from "../../backend/src/sla/paths";
import { recordingScheduler } from "../../backend/src/sla/scheduler";
import type { SlaRunDeps } from "../../backend/src/sla/step";
import { runSlaSweep } from "../../backend/src/sla/sweep";
import { changeConversation } from "../../backend/src/handlers/append";
import { paths } from "../../backend/src/store/paths";
import {
  ANA,
  HOUR,
  LENA,
  MINUTE,
  OLGA,
  claimedBy,
  connect,
  conversationKey,
  eventsOf,
  newOrg,
  notifyDeps,
  received,
  seedConversation,
  seedOrg,
} from "./support/world";

const T0 = Date.UTC(2026, 5, 1, 8, 0); // Mon 2026-06-01 08:00 UTC
const WARN = T0 + 3 * HOUR + 1;
const BREACH = T0 + 4 * HOUR + 1;
const SECRET = "whsec_emulator";

let db: Firestore;
let close: () => Promise<void>;
let hook: Receiver;

beforeAll(async () => {
  ({ db, close } = connect());
  hook = await startReceiver([200]);
});
afterAll(async () => {
  await hook.close();
  await close();
});

function deps(now: number): SlaRunDeps & { scheduler: ReturnType<typeof recordingScheduler> } {
  return { db, notify: notifyDeps(db, () => now), scheduler: recordingScheduler() };
}

const clockAt = (now: number) => ({ now: () => now, sleep: () => Promise.resolve() });

async function setup(prefix: string, count: number, events: (n: number) => ConversationEvent[]) {
  const org = newOrg(prefix);
  await seedOrg(db, org, {
    targets: { slack: null, teams: null, webhooks: [{ id: "crm", url: hook.url, secret: SECRET }] },
  });
  const keys = Array.from({ length: count }, (_, n) => conversationKey(n + 1));
  await Promise.all(keys.map((key, n) => seedConversation(db, org, key, events(n), T0)));
  return { org, keys };
}

function slaEvents(events: ConversationEvent[]): ConversationEvent[] {
  return events.filter((e) => e.type.startsWith("sla_"));
}

describe("the sweeper", () => {
  it("finds only due conversations and records the warning, notifying the assignee once", async () => {
    // Conversation 1 arrives at T0, conversation 2 an hour later: at T0 + 3h + 1 ms only 1 warns.
    const { org, keys } = await setup("sweep", 2, (n) => [
      received(T0 + n * HOUR, n),
      claimedBy(T0 + n * HOUR + MINUTE, ANA),
    ]);
    const report = await runSlaSweep(deps(WARN), WARN, { org });
    expect(report).toMatchObject({ docsRead: 1, conversations: 1, actions: 1, failures: 0 });

    const warned = slaEvents(await eventsOf(db, org, keys[0] ?? ""));
    expect(warned).toEqual([
      expect.objectContaining({
        id: slaActionEventId(keys[0] ?? "", "first_response", 1, "warned"),
        type: "sla_warned",
        dueAt: T0 + 4 * HOUR,
        actor: "system",
      }),
    ]);
    expect(slaEvents(await eventsOf(db, org, keys[1] ?? ""))).toEqual([]);
    // The next check moved to the breach; a second sweep at the same instant finds nothing.
    const doc = await paths.conversation(db, org, keys[0] ?? "").get();
    expect(doc.get("sla.nextCheckAt")).toBe(BREACH);
    expect(await runSlaSweep(deps(WARN), WARN, { org })).toMatchObject({ docsRead: 0, actions: 0 });

    const mail = await db
      .collection("mail")
      .doc(`${org}.${warned[0]?.id ?? ""}`)
      .get();
    expect(mail.get("to")).toEqual([ANA]);
    expect(mail.get("message.subject")).toContain("First response SLA due soon");
    const outbox = await slaPaths.outbox(db, org, warned[0]?.id ?? "").get();
    expect(outbox.get("status")).toBe("sent");
  });

  it("records each breach exactly once when tasks and the sweeper fire together", async () => {
    const hits = hook.received.length;
    const { org, keys } = await setup("race", 12, (n) => [received(T0, n)]);
    // Each deadline fires three times at once: its task (twice: a retried delivery) and the sweep.
    const d = deps(BREACH);
    const fired = await Promise.all([
      runSlaSweep(d, BREACH, { org, concurrency: 4 }),
      ...keys.flatMap((key) => [
        handleSlaTask(d, clockAt(BREACH), { org, key, at: BREACH }),
        handleSlaTask(d, clockAt(BREACH), { org, key, at: BREACH }),
      ]),
    ]);
    expect(fired).toHaveLength(1 + 2 * keys.length);

    for (const key of keys) {
      const facts = slaEvents(await eventsOf(db, org, key));
      // Unassigned: the breach is recorded once (the warning it overtook is not recorded at all).
      expect(facts.map((e) => e.id)).toEqual([slaActionEventId(key, "first_response", 1, "breached")]);
    }
    // One signed webhook per breach, never two.
    const ids = hook.received.slice(hits).map((r) => r.headers["baton-event-id"]);
    expect(ids.sort()).toEqual(
      keys.map((key) => slaActionEventId(key, "first_response", 1, "breached")).sort(),
    );
    for (const r of hook.received.slice(hits)) {
      expect(verifyWebhookSignature(SECRET, r.headers["baton-signature"] as string, r.body, BREACH).ok).toBe(
        true,
      );
    }
    const outbox = await db.collection("orgs").doc(org).collection("outbox").get();
    expect(outbox.size).toBe(keys.length);
  });
});

describe("escalation", () => {
  it("escalates to the on-call member after 60 more business minutes, even after an API write", async () => {
    const { org, keys } = await setup("escalate", 1, (n) => [received(T0, n), claimedBy(T0 + MINUTE, ANA)]);
    const key = keys[0] ?? "";
    await runSlaSweep(deps(BREACH), BREACH, { org });
    const breach = slaEvents(await eventsOf(db, org, key));
    expect(breach.map((e) => e.type)).toEqual(["sla_breached"]);
    expect(
      (
        await db
          .collection("mail")
          .doc(`${org}.${breach[0]?.id ?? ""}`)
          .get()
      ).get("to"),
    ).toEqual([ANA, LENA]);

    // A breached clock schedules nothing in the conversation's own nextCheckAt; the timer does.
    const timer = await slaPaths.timer(db, org, key).get();
    expect(timer.get("at")).toBe(T0 + 5 * HOUR + 1);
    // An agent adds a tag: the API recomputes the summary (resolution's warning is next there).
    await changeConversation(db, org, key, T0 + 4.5 * HOUR, () => ({
      events: [{ id: "tag-1", at: T0 + 4.5 * HOUR, actor: ANA, type: "tag_added", tag: "vip" }],
    }));
    expect(await runSlaSweep(deps(T0 + 5 * HOUR), T0 + 5 * HOUR, { org })).toMatchObject({ docsRead: 0 });

    const at = T0 + 5 * HOUR + 1;
    expect(await runSlaSweep(deps(at), at, { org })).toMatchObject({ docsRead: 1, actions: 1 });
    const escalated = slaEvents(await eventsOf(db, org, key)).find((e) => e.type === "sla_escalated");
    expect(escalated).toMatchObject({
      id: slaActionEventId(key, "first_response", 1, "escalated", "still-breached"),
      notified: [OLGA],
    });
    expect((await slaPaths.timer(db, org, key).get()).exists).toBe(false);
  });
});

describe("delivery failures", () => {
  it("leaves a dead letter after the last try, and the clock still moves on", async () => {
    const broken = await startReceiver([500]);
    try {
      const org = newOrg("dead");
      await seedOrg(db, org, {
        targets: { slack: { url: broken.url }, teams: null, webhooks: [] },
      });
      const key = conversationKey(1);
      await seedConversation(db, org, key, [received(T0, 1)], T0);
      const report = await runSlaSweep(deps(BREACH), BREACH, { org });
      expect(report).toMatchObject({ actions: 1, failures: 0 });
      const eventId = slaActionEventId(key, "first_response", 1, "breached");
      // notifyDeps retries 3 times in all.
      expect(broken.received).toHaveLength(3);
      const dead = await db
        .collection("orgs")
        .doc(org)
        .collection("deadLetters")
        .doc(`${eventId}.slack.slack`)
        .get();
      expect(dead.data()).toMatchObject({ channel: "slack", attempts: 3, error: "HTTP 500", eventId });
      expect(JSON.stringify(dead.data())).not.toContain(broken.url);
      // Email still went out (to the lead: nobody owns it) and the event and next check are stored.
      expect((await db.collection("mail").doc(`${org}.${eventId}`).get()).get("to")).toEqual([LENA]);
      const doc = await paths.conversation(db, org, key).get();
      expect(doc.get("sla.nextCheckAt")).toBe(T0 + 18 * HOUR + 1);
      expect((await slaPaths.outbox(db, org, eventId).get()).get("status")).toBe("partly_failed");
    } finally {
      await broken.close();
    }
  });
});

describe("crash recovery", () => {
  it("redelivers a notice whose sender died mid-delivery, but not one still being sent", async () => {
    // Two conversations warn at WARN and are delivered normally (status "sent").
    const { org, keys } = await setup("crash", 2, (n) => [received(T0, n), claimedBy(T0 + MINUTE, ANA)]);
    expect(await runSlaSweep(deps(WARN), WARN, { org })).toMatchObject({ actions: 2, redelivered: 0 });
    const [stale, fresh] = keys.map((key) => slaActionEventId(key, "first_response", 1, "warned"));
    // Rewind both entries as if their senders had died after claiming them: one 5 min before the next
    // sweep (past the 2-minute grace), the other a moment before it (its sender may still be working).
    const later = WARN + 5 * MINUTE;
    await slaPaths.outbox(db, org, stale ?? "").update({ status: "sending", claimedAt: WARN });
    await slaPaths.outbox(db, org, fresh ?? "").update({ status: "sending", claimedAt: later - 1_000 });
    const report = await runSlaSweep(deps(later), later, { org });

    expect(report).toMatchObject({ actions: 0, redelivered: 1, failures: 0 });
    const redone = await slaPaths.outbox(db, org, stale ?? "").get();
    expect(redone.get("status")).toBe("sent");
    expect(redone.get("attempts")).toBe(2);
    // Delivered by this sweep (its clock), to the warning's recipient (the assignee, by email).
    expect(redone.get("sentAt")).toBe(later);
    expect(redone.get("results")).toEqual([expect.objectContaining({ channel: "email", ok: true })]);
    expect((await slaPaths.outbox(db, org, fresh ?? "").get()).get("status")).toBe("sending");
  });
});
