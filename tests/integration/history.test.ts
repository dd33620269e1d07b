// History (issue 19): mail sent before the mailbox joined Baton is recorded, not timed. Before, a
// message from years back started its clocks 30 days before the join, so the dashboard read
// "oldest 6214d" and "Breached 5820d ago"; now it starts none, is no metric and is not the queue's
// wait, and the customer's first message after the join starts the clocks. Subjects arrive as RFC
// 2047 encoded words from raw headers and show decoded, also those stored encoded before.
import type { MetricsResponse, QueueItem, QueueResponse } from "@baton/shared";
import { createTestOrg, makeThread, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

const DAY = 24 * 3_600_000;

interface Observed {
  conversation: { key: string; messageCount: number; lastInboundAt?: number | null; subject: string };
}

async function observeOne(org: TestOrg, message: Record<string, unknown>): Promise<Observed["conversation"]> {
  const reply = await call<Observed>(org.token("ana"), "POST", "/conversations/observe", {
    mailbox: org.mailbox,
    platform: "gmail",
    messages: [message],
  });
  expect(reply.status).toBe(200);
  return reply.body.conversation;
}

async function clocksOf(org: TestOrg, key: string): Promise<Array<{ kind: string; startedAt: number }>> {
  const reply = await call<{ sla: { clocks: Array<{ kind: string; startedAt: number }> } }>(
    org.token("ana"),
    "GET",
    `/conversations/${key}/sla`,
  );
  expect(reply.status).toBe(200);
  return reply.body.sla.clocks;
}

async function queueItem(org: TestOrg, key: string): Promise<QueueItem | undefined> {
  const reply = await call<QueueResponse>(org.token("lee"), "GET", "/queue?limit=100");
  expect(reply.status).toBe(200);
  return reply.body.items.find((item) => item.key === key);
}

/** The team's counts over the last 60 days (UTC, the test mailbox's zone). */
async function counts(org: TestOrg): Promise<Record<string, number>> {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const reply = await call<MetricsResponse>(
    org.token("lee"),
    "GET",
    `/metrics?from=${day(Date.now() - 60 * DAY)}&to=${day(Date.now())}`,
  );
  expect(reply.status).toBe(200);
  return reply.body.summary.totals.counts;
}

describe("history imported at connection", () => {
  let org: TestOrg;
  let key: string;
  let thread: ReturnType<typeof makeThread>;

  beforeAll(async () => {
    org = await createTestOrg("history", { lee: "lead", ana: "agent" });
    // The mailbox joins Baton now, before any call (so the directory cache reads it).
    await adminApp().db.doc(`orgs/${org.org}/mailboxes/support`).update({ createdAt: Date.now() });
    thread = makeThread(org.domain, "old@customer.test", 2, Date.now() - 2 * 365 * DAY);
  });

  it("records a message from two years before the join with no clock, no wait and no breach", async () => {
    const [old] = thread.messages;
    const conversation = await observeOne(org, {
      ...old,
      subject: "=?iso-8859-1?Q?accentu=E9?=",
      receivedAt: old!.sentAt,
    });
    key = conversation.key;
    expect(conversation.messageCount).toBe(1);
    expect(conversation.subject).toBe("accentué");
    // Before: the first-response and resolution clocks ran from 30 days before the join.
    expect(await clocksOf(org, key)).toEqual([]);

    const item = await queueItem(org, key);
    expect(item).toMatchObject({
      subject: "accentué",
      tone: expect.not.stringMatching(/breached/) as unknown,
    });
    // The queue's "oldest" is now minus lastInboundAt (else updatedAt): seconds, not two years.
    expect(item?.lastInboundAt ?? null).toBeNull();
    expect(Date.now() - item!.updatedAt).toBeLessThan(10 * 60_000);
    expect(item?.breaches ?? []).toEqual([]);

    const team = await counts(org);
    expect(team.breached_first_response).toBe(0);
    expect(team.breached_resolution).toBe(0);
    expect(team.received).toBe(0);
  });

  it("starts the clocks at the customer's first message after the join", async () => {
    const sentAt = Date.now();
    const [, old] = thread.messages;
    const iso = new Date(sentAt).toISOString();
    const conversation = await observeOne(org, { ...old, sentAt: iso, receivedAt: iso });
    expect(conversation.key).toBe(key);
    expect(conversation.messageCount).toBe(2);
    const clocks = await clocksOf(org, key);
    expect(clocks.map((c) => [c.kind, c.startedAt])).toEqual([
      ["first_response", sentAt],
      ["resolution", sentAt],
    ]);
    expect((await queueItem(org, key))?.lastInboundAt).toBe(sentAt);
    expect((await counts(org)).received).toBe(1);
  });

  it("shows a subject stored encoded before subjects were decoded as its text in GET /queue", async () => {
    const [message] = makeThread(org.domain, "enc@customer.test", 1).messages;
    const fresh = await observeOne(org, { ...message! });
    // What an older version stored from a raw Subject header: adjacent words, B and Q, utf-8.
    await adminApp()
      .db.doc(`orgs/${org.org}/conversations/${fresh.key}`)
      .update({ subject: "=?UTF-8?B?w6lsw6h2ZQ==?= =?UTF-8?Q?_caf=C3=A9?=" });
    expect((await queueItem(org, fresh.key))?.subject).toBe("élève café");
    const read = await call<{ conversation: { subject: string } }>(
      org.token("ana"),
      "GET",
      `/conversations/${fresh.key}`,
    );
    expect(read.body.conversation.subject).toBe("élève café");
  });
});
