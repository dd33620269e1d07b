import { messageKey } from "@baton/shared";
import { FakeGmail } from "../../../test/connectors/fake-gmail";
import { gmailApiFor, recordingRetry } from "../../../test/connectors/gmail-harness";
import { MemorySink } from "../../../test/connectors/memory-sink";
import { MemoryStateStore } from "../../../test/connectors/memory-state";
import { customerMail, idOf, MAILBOX, replyMail, type ScriptedMail } from "../../../test/connectors/scenario";
import { cursorStoreOf, newConnectorState } from "../state";
import { DAY_MS } from "../sync-report";
import { syncGmail, type GmailCursor } from "./gmail-sync";

const NOW = Date.parse("2026-03-10T12:00:00Z");
const ORG = "demo";

let fake: FakeGmail;
let store: MemoryStateStore;
let sink: MemorySink;
let sleeps: number[];

beforeEach(async () => {
  fake = new FakeGmail(MAILBOX);
  await fake.start();
  store = new MemoryStateStore();
  await store.put(newConnectorState(ORG, "support", MAILBOX, "google", {}, NOW));
  sink = new MemorySink();
  sleeps = [];
});

afterEach(() => fake.stop());

function deliver(mail: ScriptedMail, labels?: string[]): string {
  return fake.deliver(mail.headers, {
    threadId: mail.thread,
    labelIds: labels ?? (mail.outbound ? ["SENT"] : ["INBOX", "UNREAD"]),
  });
}

function run(options: { pageSize?: number; maxRetries?: number; now?: number; maxPages?: number } = {}) {
  return syncGmail({
    api: gmailApiFor(fake, recordingRetry(sleeps, options.maxRetries ?? 4)),
    sink,
    cursor: cursorStoreOf<GmailCursor>(store, ORG, "support"),
    options: { initialDays: 7, resyncDays: 3, maxResyncMessages: 50 },
    nowMs: options.now ?? NOW,
    pageSize: options.pageSize ?? 5,
    ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
  });
}

/** n customer threads, one an hour, ending an hour before NOW, each with an agent reply. */
function day(n: number): ScriptedMail[] {
  const mails: ScriptedMail[] = [];
  for (let i = 0; i < n; i++) {
    const at = NOW - (n - i + 1) * 3_600_000;
    mails.push(customerMail(i, at), replyMail(i, 1, at + 600_000, "ana@demo.baton.test"));
  }
  return mails;
}

const recordedIds = () => [...sink.recorded.values()].map((m) => m.messageId.replace(/^<|>$/g, "")).sort();

test("the initial sync reads every page once and hands over to history at the id taken before listing", async () => {
  const mails = day(12); // 24 messages, pages of 5 -> 5 list pages
  for (const mail of mails) deliver(mail);
  const before = fake.historyId;

  const report = await run();

  expect(recordedIds()).toEqual(mails.map(idOf).sort());
  expect(sink.deliveries).toBe(24);
  expect(report.result.recorded).toBe(24);
  expect(fake.http.log.filter((l) => l.includes("/messages?")).length).toBe(5);
  const state = await store.get(ORG, "support");
  expect(state?.cursor).toEqual({ phase: "incremental", historyId: String(before), pageToken: null });
  expect(state?.counts.recorded).toBe(24);
});

test("incremental sync follows history pages and moves the cursor to the newest history id", async () => {
  for (const mail of day(2)) deliver(mail);
  await run();
  const later = [
    customerMail(50, NOW + 1000),
    replyMail(50, 1, NOW + 2000, MAILBOX),
    customerMail(51, NOW + 3000),
  ];
  for (const mail of later) deliver(mail);
  fake.historyPageSize = 2; // 3 records -> 2 history pages

  const report = await run({ now: NOW + 5000 });

  expect(report.result.recorded).toBe(3);
  expect(report.pages).toBe(2);
  expect(recordedIds()).toEqual(expect.arrayContaining(later.map(idOf)));
  expect((await store.get(ORG, "support"))?.cursor).toEqual({
    phase: "incremental",
    historyId: String(fake.historyId),
    pageToken: null,
  });
});

test("mail that arrives while the initial list runs is caught by the history phase", async () => {
  for (const mail of day(6)) deliver(mail);
  // Deliver a new message as soon as the second list page is asked for.
  const late = customerMail(99, NOW - 1000);
  const original = sink.ingest.bind(sink);
  let calls = 0;
  sink.ingest = (batch) => {
    if (++calls === 1) deliver(late);
    return original(batch);
  };

  await run();

  expect(recordedIds()).toContain(idOf(late));
  expect(sink.recorded.size).toBe(13);
});

test("a crash in the middle of a page resumes from the last saved cursor without losing a message", async () => {
  const mails = day(10); // 20 messages, pages of 5
  for (const mail of mails) deliver(mail);
  sink.crashAfter = 7; // dies in the middle of the second page

  await expect(run()).rejects.toThrow("simulated crash");
  expect((await store.get(ORG, "support"))?.cursor).toMatchObject({ phase: "initial", read: 5 });
  expect(sink.recorded.size).toBe(7);

  await run();

  expect(recordedIds()).toEqual(mails.map(idOf).sort());
  // Replayed: only the two messages of the interrupted page that were already recorded.
  expect(sink.deliveries).toBe(7 + 15);
  expect(sink.deliveries - sink.recorded.size).toBe(2);
});

test("crashes at every position of an incremental run never lose or double-record a message", async () => {
  for (const mail of day(3)) deliver(mail);
  await run();
  const later = Array.from({ length: 7 }, (_, i) => customerMail(200 + i, NOW + i * 1000));
  for (const mail of later) deliver(mail);
  fake.historyPageSize = 3;
  const startCursor = (await store.get(ORG, "support"))?.cursor;

  for (let crashAt = 0; crashAt < 7; crashAt++) {
    // Reset to the same starting point, with a fresh store of recorded messages from the first run.
    await store.patch(ORG, "support", { cursor: startCursor });
    for (const mail of later) sink.recorded.delete(messageKey(idOf(mail)));
    sink.crashAfter = sink.deliveries + crashAt;
    await expect(run({ now: NOW + 60_000 })).rejects.toThrow("simulated crash");
    await run({ now: NOW + 60_000 });
    expect(recordedIds()).toEqual(expect.arrayContaining(later.map(idOf)));
    expect(sink.recorded.size).toBe(6 + 7);
  }
});

test("429 and 503 answers are waited out for as long as Retry-After says", async () => {
  for (const mail of day(3)) deliver(mail);
  const throttled = {
    error: { code: 429, message: "Too many concurrent requests for user", status: "RESOURCE_EXHAUSTED" },
  };
  fake.http.fail(/GET \/gmail\/v1\/users\/[^/]+\/messages\/[0-9a-f]+/, 2, {
    status: 429,
    body: throttled,
    headers: { "Retry-After": "7" },
  });
  fake.http.fail(/GET \/gmail\/v1\/users\/[^/]+\/messages\?/, 1, {
    status: 503,
    body: { error: { code: 503, message: "unavailable" } },
  });

  await run();

  expect(sink.recorded.size).toBe(6);
  expect(sleeps.filter((ms) => ms === 7000)).toHaveLength(2);
  expect(sleeps).toContain(500); // the 503 had no Retry-After: exponential backoff's first step
});

test("throttling beyond the retry budget fails the run without moving the cursor; the next run completes", async () => {
  for (const mail of day(3)) deliver(mail);
  fake.http.fail(/\/messages\?/, 3, {
    status: 429,
    body: { error: { code: 429 } },
    headers: { "Retry-After": "1" },
  });

  await expect(run({ maxRetries: 2 })).rejects.toMatchObject({ status: 429 });
  expect((await store.get(ORG, "support"))?.cursor).toBeNull();
  expect(sink.recorded.size).toBe(0);

  await run();
  expect(sink.recorded.size).toBe(6);
});

test("an expired history id triggers one bounded resync of the last days, then incremental again", async () => {
  for (const mail of day(4)) deliver(mail);
  await run();
  // A week passes unseen: mail arrived, and Gmail forgot the stored history id.
  const missed = Array.from({ length: 5 }, (_, i) => customerMail(300 + i, NOW + DAY_MS + i * 1000));
  const ancient = customerMail(400, NOW - 10 * DAY_MS);
  deliver(ancient);
  for (const mail of missed) deliver(mail);
  fake.expiredBefore = fake.historyId;

  const report = await run({ now: NOW + 2 * DAY_MS });

  expect(report.resyncs).toBe(1);
  expect(recordedIds()).toEqual(expect.arrayContaining(missed.map(idOf)));
  expect(recordedIds()).not.toContain(idOf(ancient)); // older than resyncDays: out of the bounded window
  expect(report.result.known).toBe(8); // the first run's messages, re-read and absorbed
  const state = await store.get(ORG, "support");
  expect(state?.counts.resyncs).toBe(1);
  expect(state?.cursor).toMatchObject({ phase: "incremental" });
});

test("a resync stops at its message cap", async () => {
  for (const mail of day(2)) deliver(mail);
  await run();
  for (let i = 0; i < 80; i++) deliver(customerMail(500 + i, NOW + i * 1000));
  fake.expiredBefore = fake.historyId;

  const report = await run({ now: NOW + DAY_MS, pageSize: 20 });

  // maxResyncMessages is 50: three list pages of 20, the third cut to 10.
  expect(report.result.recorded + report.result.known).toBe(50);
  expect((await store.get(ORG, "support"))?.cursor).toMatchObject({ phase: "incremental" });
});

test("drafts, spam and messages deleted between list and get are skipped, not fatal", async () => {
  const kept = customerMail(1, NOW - 3_600_000);
  deliver(kept);
  deliver(customerMail(2, NOW - 3_500_000), ["DRAFT"]);
  deliver(customerMail(3, NOW - 3_400_000), ["SPAM"]);
  const gone = deliver(customerMail(4, NOW - 3_300_000));
  fake.afterList = () => {
    fake.remove(gone);
  };

  await run();

  expect(recordedIds()).toEqual([idOf(kept)]);
  // It was listed and fetched (404), then left out.
  expect(
    fake.http.log.some((l) =>
      l.startsWith(`GET /gmail/v1/users/${encodeURIComponent(MAILBOX)}/messages/${gone}`),
    ),
  ).toBe(true);
});

test("a run stops at its page budget and the next run continues where it stopped", async () => {
  for (const mail of day(10)) deliver(mail);
  const first = await run({ maxPages: 2 });
  expect(first.complete).toBe(false);
  expect(sink.recorded.size).toBe(10);
  await run();
  expect(sink.recorded.size).toBe(20);
  expect(sink.deliveries).toBe(20);
});

test("a message is `sent` only when Gmail labels it SENT, whatever its From says", async () => {
  const ask = customerMail(1, NOW - 7_200_000);
  const reply = replyMail(1, 1, NOW - 3_600_000, "ana@demo.baton.test");
  // Someone writes in "From: ana@": it lands in the Inbox, not in the mailbox's Sent mail.
  const forged = { ...replyMail(1, 2, NOW - 1_800_000, "ana@demo.baton.test"), outbound: false };
  deliver(ask);
  deliver(reply);
  deliver(forged);
  // Mail the account sends to itself carries both labels: still the account's own sent mail.
  const self = { ...replyMail(1, 3, NOW - 600_000, MAILBOX), outbound: false };
  deliver(self, ["SENT", "INBOX"]);

  await run();

  const sentOf = (mail: ScriptedMail) => sink.recorded.get(messageKey(idOf(mail)))?.sent;
  expect([ask, reply, forged, self].map(sentOf)).toEqual([false, true, false, true]);
});
