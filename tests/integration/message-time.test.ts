// Time you can trust (issue 12): a message's date is the sender's claim, so the observe path dates it
// with shared's chooseMessageTime — never after now, and history (recorded, not timed) when sent
// before the mailbox joined Baton — and an explain timeline stays small whatever is already stored.
import type { SlaExplanation } from "@baton/shared";
import { createTestOrg, makeThread, observe, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

interface SlaReply {
  sla: { clocks: Array<{ kind: string; startedAt: number; timeline: unknown[] }> };
  history: Array<{ kind: string; timeline: unknown[]; explanation: string[] }>;
  explain: SlaExplanation;
}

/** Observes one message with fields MessageSpec does not carry (receivedAt); answers the key. */
async function observeOne(org: TestOrg, message: Record<string, unknown>): Promise<string> {
  const reply = await call<{ conversation: { key: string } }>(
    org.token("ana"),
    "POST",
    "/conversations/observe",
    {
      mailbox: org.mailbox,
      platform: "gmail",
      messages: [message],
    },
  );
  expect(reply.status).toBe(200);
  return reply.body.conversation.key;
}

async function firstResponseStart(org: TestOrg, key: string): Promise<number | undefined> {
  const reply = await call<SlaReply>(org.token("ana"), "GET", `/conversations/${key}/sla`);
  expect(reply.status).toBe(200);
  return reply.body.sla.clocks.find((c) => c.kind === "first_response")?.startedAt;
}

describe("a message's time", () => {
  let org: TestOrg;

  beforeAll(async () => {
    org = await createTestOrg("msgtime", { ana: "agent" });
    // Warm the functions worker, so the timing below measures the observe, not a cold start.
    await observe(org, "ana", makeThread(org.domain, "warm@customer.test", 1).messages);
  });

  it("answers quickly for a message dated 0100-01-01 and records it as history: no clock, no wait", async () => {
    const [message] = makeThread(org.domain, "old@customer.test", 1).messages;
    const started = Date.now();
    const reply = await call<{ conversation: { key: string; lastInboundAt?: number | null } }>(
      org.token("ana"),
      "POST",
      "/conversations/observe",
      { mailbox: org.mailbox, platform: "gmail", messages: [{ ...message, sentAt: "0100-01-01T00:00:00Z" }] },
    );
    const elapsed = Date.now() - started;
    expect(reply.status).toBe(200);
    // Year 0100 took tens of seconds in the business-time walk when it started a clock.
    expect(elapsed).toBeLessThan(5_000);
    expect(reply.body.conversation.lastInboundAt ?? null).toBeNull();
    expect(await firstResponseStart(org, reply.body.conversation.key)).toBeUndefined();
  });

  it("clamps a message dated in the future to now", async () => {
    const [message] = makeThread(org.domain, "future@customer.test", 1).messages;
    const before = Date.now();
    const key = (await observe(org, "ana", [{ ...message!, sentAt: "2999-01-01T00:00:00Z" }])).conversation
      .key;
    const start = await firstResponseStart(org, key);
    expect(start).toBeGreaterThanOrEqual(before - 1_000);
    expect(start).toBeLessThanOrEqual(Date.now());
  });

  it("takes the receipt time over a Date header that is far from it, and keeps a plausible one", async () => {
    const receivedAt = Date.now() - 3 * 3_600_000;
    const [junk] = makeThread(org.domain, "junk@customer.test", 1).messages;
    const junkKey = await observeOne(org, {
      ...junk,
      sentAt: "1999-01-01T00:00:00Z",
      receivedAt: new Date(receivedAt).toISOString(),
    });
    expect(await firstResponseStart(org, junkKey)).toBe(receivedAt);

    const header = receivedAt - 2 * 3_600_000; // written two hours before it arrived: believed
    const [late] = makeThread(org.domain, "late@customer.test", 1).messages;
    const lateKey = await observeOne(org, {
      ...late,
      sentAt: new Date(header).toISOString(),
      receivedAt: new Date(receivedAt).toISOString(),
    });
    expect(await firstResponseStart(org, lateKey)).toBe(header);
  });
});

describe("GET /conversations/{key}/sla on history stored before the clamp", () => {
  it("stays small and fast for a conversation whose first message is from 1990", async () => {
    const org = await createTestOrg("explain1990", { ana: "agent" });
    const { db } = adminApp();
    // Weekday business hours (stored form), set before any call so the directory cache reads them:
    // a round-the-clock calendar would be one entry even unsummarised.
    const weekdays = Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ from: "09:00", to: "17:00" }]]),
    );
    await db
      .doc(`orgs/${org.org}/mailboxes/support`)
      .update({ calendar: { timeZone: "UTC", weekly: weekdays } });
    const key = (await observe(org, "ana", makeThread(org.domain, "c@customer.test", 1).messages))
      .conversation.key;
    // What an older version stored from a sender's 1990 Date header: written straight into the log.
    const events = await db.collection(`orgs/${org.org}/conversations/${key}/events`).get();
    const received = events.docs.find((d) => d.get("type") === "message_received");
    const old = Date.parse("1990-02-05T10:00:00Z");
    await received!.ref.update({ sentAt: old });
    await db.doc(`orgs/${org.org}/conversations/${key}`).update({ lastInboundAt: old });

    const started = Date.now();
    const reply = await call<SlaReply>(org.token("ana"), "GET", `/conversations/${key}/sla`);
    const elapsed = Date.now() - started;
    expect(reply.status).toBe(200);
    const clock = reply.body.sla.clocks.find((c) => c.kind === "resolution");
    expect(clock?.startedAt).toBe(old);
    const entries = [
      ...reply.body.sla.clocks.map((c) => c.timeline.length),
      ...reply.body.history.map((c) => c.timeline.length + c.explanation.length),
      ...reply.body.explain.clocks.map((c) => c.lines.length),
    ];
    // Unsummarised: ~19,000 entries per clock and ~12 MB; summarised: a few dozen and a few KB.
    expect(Math.max(...entries)).toBeLessThanOrEqual(60);
    expect(reply.text.length).toBeLessThan(64 * 1024);
    expect(reply.body.history[0]?.explanation.some((line) => /^ran \d+ business days, /.test(line))).toBe(
      true,
    );
    expect(elapsed).toBeLessThan(10_000);
  });
});
