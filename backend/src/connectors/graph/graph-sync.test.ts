import { messageKey } from "@baton/shared";
import { FakeGraph } from "../../../test/connectors/fake-graph";
import { recordingRetry } from "../../../test/connectors/gmail-harness";
import { graphApiFor } from "../../../test/connectors/graph-harness";
import { MemorySink } from "../../../test/connectors/memory-sink";
import { MemoryStateStore } from "../../../test/connectors/memory-state";
import { customerMail, idOf, MAILBOX, replyMail, type ScriptedMail } from "../../../test/connectors/scenario";
import { cursorStoreOf, newConnectorState } from "../state";
import { DAY_MS } from "../sync-report";
import { syncGraph, type GraphCursor } from "./graph-sync";

const NOW = Date.parse("2026-03-10T12:00:00Z");
const ORG = "demo";

let fake: FakeGraph;
let store: MemoryStateStore;
let sink: MemorySink;
let sleeps: number[];

beforeEach(async () => {
  fake = new FakeGraph(MAILBOX);
  await fake.start();
  store = new MemoryStateStore();
  await store.put(newConnectorState(ORG, "support", MAILBOX, "microsoft", {}, NOW));
  sink = new MemorySink();
  sleeps = [];
});

afterEach(() => fake.stop());

function deliver(mail: ScriptedMail): string {
  return fake.deliver(mail.outbound ? "sentitems" : "inbox", mail.headers, {
    conversationId: `conv-${mail.thread}`,
  });
}

function run(options: { now?: number; maxRetries?: number; maxPages?: number } = {}) {
  return syncGraph({
    api: graphApiFor(fake, recordingRetry(sleeps, options.maxRetries ?? 4)),
    sink,
    cursor: cursorStoreOf<GraphCursor>(store, ORG, "support"),
    options: { initialDays: 7, resyncDays: 2, maxResyncMessages: 30 },
    nowMs: options.now ?? NOW,
    ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
  });
}

function day(n: number, start = NOW - (n + 2) * 3_600_000): ScriptedMail[] {
  const mails: ScriptedMail[] = [];
  for (let i = 0; i < n; i++) {
    const at = start + i * 3_600_000;
    mails.push(customerMail(i, at), replyMail(i, 1, at + 600_000, "ana@demo.baton.test"));
  }
  return mails;
}

const recordedIds = () => [...sink.recorded.values()].map((m) => m.messageId.replace(/^<|>$/g, "")).sort();
const cursorOf = async () => (await store.get(ORG, "support"))?.cursor as GraphCursor;

test("initial rounds page Inbox and Sent Items to their deltaLinks and record each message once", async () => {
  const mails = day(60); // 60 inbound + 60 sent, pages of 50 -> 2 + 2 pages
  for (const mail of mails) deliver(mail);

  const report = await run();

  expect(recordedIds()).toEqual(mails.map(idOf).sort());
  expect(sink.deliveries).toBe(120);
  expect(report.pages).toBe(4);
  const cursor = await cursorOf();
  expect(cursor.inbox.nextLink).toBeNull();
  expect(cursor.inbox.deltaLink).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/.*\$deltatoken=/);
  expect(cursor.sentitems.deltaLink).toMatch(/\$deltatoken=/);
});

test("threading headers come from internetMessageHeaders, fetched per message", async () => {
  const root = customerMail(1, NOW - 7_200_000);
  const customerReply = { ...replyMail(1, 2, NOW - 3_600_000, "c1@customer1.test"), outbound: false };
  deliver(root);
  deliver(customerReply);

  await run();

  const reply = sink.recorded.get(messageKey(idOf(customerReply)))!;
  expect(reply.inReplyTo).toBe("<t1@customer1.test>");
  expect(reply.references).toBe("<t1@customer1.test>");
  expect(reply.threadId).toBe("conv-t1");
  expect(
    fake.http.log.filter((l) => /\/messages\/AAMk\d+\?\$select=internetMessageHeaders/.test(l)),
  ).toHaveLength(2);
});

test("the next run reads only what changed; updated rows are absorbed, removed rows ignored", async () => {
  const first = day(3);
  const ids = first.map(deliver);
  await run();
  const later = [customerMail(40, NOW + 1000), replyMail(40, 1, NOW + 2000, MAILBOX)];
  for (const mail of later) deliver(mail);
  fake.touch(ids[0]!); // read by someone: reappears in delta
  fake.remove(ids[2]!); // deleted: an @removed row

  const report = await run({ now: NOW + 5000 });

  expect(report.result.recorded).toBe(2);
  expect(report.result.known).toBe(1);
  expect(sink.recorded.size).toBe(8);
});

test("a crash mid-page resumes from the saved nextLink; nothing lost, at most the page replayed", async () => {
  const mails = day(80); // 80 inbound: pages of 50
  for (const mail of mails) deliver(mail);
  sink.crashAfter = 70; // inside the second Inbox page

  await expect(run()).rejects.toThrow("simulated crash");
  expect((await cursorOf()).inbox.nextLink).toMatch(/\$skiptoken=/);

  await run();

  expect(recordedIds()).toEqual(mails.map(idOf).sort());
  expect(sink.deliveries - sink.recorded.size).toBe(20); // the second page's first 20, delivered twice
});

test("410 syncStateNotFound restarts the folder's delta from a bounded window", async () => {
  for (const mail of day(3)) deliver(mail);
  await run();
  const missed = [customerMail(70, NOW + DAY_MS), customerMail(71, NOW + DAY_MS + 1000)];
  for (const mail of missed) deliver(mail);
  const ancient = customerMail(72, NOW - 5 * DAY_MS);
  deliver(ancient);
  fake.expireTokens();

  const report = await run({ now: NOW + 2 * DAY_MS });

  expect(report.resyncs).toBe(2); // Inbox and Sent Items
  expect(recordedIds()).toEqual(expect.arrayContaining(missed.map(idOf)));
  expect(recordedIds()).not.toContain(idOf(ancient)); // before the 2-day resync window
  expect((await store.get(ORG, "support"))?.counts.resyncs).toBe(2);
});

test("429 with Retry-After on delta and on a message GET is waited out", async () => {
  for (const mail of day(2)) deliver(mail);
  const throttled = {
    status: 429,
    body: {
      error: { code: "TooManyRequests", message: "Application is over its MailboxConcurrency limit." },
    },
    headers: { "Retry-After": "3" },
  };
  fake.http.fail(/messages\/delta/, 1, throttled);
  fake.http.fail(/messages\/AAMk/, 2, throttled);
  fake.http.fail(/messages\/AAMk/, 1, {
    status: 503,
    body: { error: { code: "ServiceUnavailable", message: "" } },
  });

  await run();

  expect(sink.recorded.size).toBe(4);
  expect(sleeps.filter((ms) => ms === 3000)).toHaveLength(3);
});

test("a mailbox outside the application access policy is refused with 403, not retried", async () => {
  const other = new FakeGraph("someone-else@demo.baton.test");
  await other.start();
  try {
    const api = graphApiFor(other, recordingRetry(sleeps));
    await expect(
      api.deltaPage(api.initialDeltaUrl("inbox", NOW).replace("someone-else", "ceo")),
    ).rejects.toMatchObject({ status: 403 });
  } finally {
    await other.stop();
  }
});

test("a resync past its cap pages to the deltaLink without fetching more messages", async () => {
  await run();
  for (let i = 0; i < 45; i++) deliver(customerMail(100 + i, NOW + i * 1000));
  fake.expireTokens();

  const report = await run({ now: NOW + DAY_MS });

  expect(report.result.recorded).toBe(30); // maxResyncMessages
  const cursor = await cursorOf();
  expect(cursor.inbox.deltaLink).not.toBeNull();
  expect(cursor.inbox.limit).toBeNull();
});

test("a message is `sent` only when it came from the Sent Items delta, whatever its From says", async () => {
  const ask = customerMail(1, NOW - 7_200_000);
  const reply = replyMail(1, 1, NOW - 3_600_000, "ana@demo.baton.test");
  // Someone writes in "From: ana@": it lands in the Inbox, not in the mailbox's Sent Items.
  const forged = { ...replyMail(1, 2, NOW - 1_800_000, "ana@demo.baton.test"), outbound: false };
  for (const mail of [ask, reply, forged]) deliver(mail);

  await run();

  const sentOf = (mail: ScriptedMail) => sink.recorded.get(messageKey(idOf(mail)))?.sent;
  expect([ask, reply, forged].map(sentOf)).toEqual([false, true, false]);
});
