import { MAX_DEAD_LETTER_ATTEMPTS, retryDelayMs } from "./dead-letters";
import type { GmailCursor } from "./gmail/gmail-sync";
import type { GraphCursor } from "./graph/graph-sync";
import { runConnector } from "./run-connector";
import { newConnectorState } from "./state";
import { FakeGmail } from "../../test/connectors/fake-gmail";
import { FakeGraph } from "../../test/connectors/fake-graph";
import { gmailApiFor, recordingRetry } from "../../test/connectors/gmail-harness";
import { graphApiFor } from "../../test/connectors/graph-harness";
import { memoryRuntime, type MemoryRuntime } from "../../test/connectors/memory-runtime";
import { customerMail, MAILBOX, replyMail } from "../../test/connectors/scenario";

const NOW = Date.parse("2026-03-10T12:00:00Z");
const HOUR = 3_600_000;

describe("a Gmail mailbox with a poison message", () => {
  let gmail: FakeGmail;
  let rt: MemoryRuntime;

  beforeEach(async () => {
    gmail = new FakeGmail(MAILBOX);
    await gmail.start();
    rt = memoryRuntime({ gmail: () => gmailApiFor(gmail, recordingRetry([], 1), () => rt.clock.now) }, NOW);
    await rt.store.put(newConnectorState("demo", "support", MAILBOX, "google", {}, NOW - HOUR));
  });

  afterEach(() => gmail.stop());

  const letters = () => [...rt.deadLetters.letters.values()];
  const recorded = () => [...rt.sink.recorded.values()].map((m) => m.messageId).sort();
  const cursor = async () => (await rt.store.get("demo", "support"))?.cursor as GmailCursor;

  test("one message that throws a plain Error is set aside and the mailbox keeps syncing", async () => {
    // Five threads, the third one poison: the sink throws a plain Error for it (a bug, not a
    // domain refusal), which used to abort the page before its cursor was saved.
    const mails = [1, 2, 3, 4, 5].map((n) => customerMail(n, NOW - 5 * HOUR + n * 60_000));
    const ids = mails.map((m) => gmail.deliver(m.headers));
    const poison = mails[2]?.headers["Message-ID"] ?? "";
    rt.sink.poison.add(poison);

    const first = await runConnector(rt, "demo", "support");
    expect(first).toMatchObject({ status: "synced" });
    expect(recorded()).toHaveLength(4);
    expect(recorded()).not.toContain(poison);
    expect(letters()).toEqual([
      expect.objectContaining({
        mailboxId: "support",
        providerId: ids[2],
        messageId: poison,
        errorCode: "error",
        error: `cannot record ${poison}: simulated bug`,
        attempts: 1,
        status: "waiting",
        retryAt: NOW + retryDelayMs(1),
      }),
    ]);
    // The cursor moved past the page: the next run reads history, not the same page again.
    expect((await cursor()).phase).toBe("incremental");
    const state = await rt.store.get("demo", "support");
    expect(state?.lastError).toBeNull();
    // This sink throws mid-batch, after recording the two messages before the poison; delivered
    // again one at a time, those two count as known (the observe sink isolates per thread and
    // does not throw, so its counts stay exact).
    expect(state?.counts).toMatchObject({ recorded: 2, known: 2, deadLettered: 1 });

    // New mail after the poison is synced; nothing before it is delivered or recorded twice.
    const later = customerMail(6, NOW + 60_000);
    gmail.deliver(later.headers);
    rt.clock.now = NOW + 2 * 60_000;
    const deliveriesBefore = rt.sink.deliveries;
    expect(await runConnector(rt, "demo", "support")).toMatchObject({ status: "synced" });
    expect(recorded()).toHaveLength(5);
    expect(recorded()).toContain(later.headers["Message-ID"]);
    expect(rt.sink.deliveries - deliveriesBefore).toBe(1);
    expect(letters()).toHaveLength(1);
  });

  test("a replay records the message once it goes through and deletes its dead letter", async () => {
    const mail = customerMail(1, NOW - 2 * HOUR);
    gmail.deliver(mail.headers);
    rt.sink.poison.add(mail.headers["Message-ID"] ?? "");
    await runConnector(rt, "demo", "support");
    expect(letters()).toHaveLength(1);

    // Not due yet: the poll leaves it alone.
    const early = await runConnector(rt, "demo", "support", { replay: true });
    expect(early).toMatchObject({ status: "synced", replay: { resolved: 0, failedAgain: 0 } });

    rt.sink.poison.clear(); // the bug is fixed
    rt.clock.now = NOW + retryDelayMs(1);
    const replayed = await runConnector(rt, "demo", "support", { replay: true });
    expect(replayed).toMatchObject({ status: "synced", replay: { resolved: 1, failedAgain: 0 } });
    expect(letters()).toHaveLength(0);
    expect(recorded()).toEqual([mail.headers["Message-ID"]]);
    expect((await rt.store.get("demo", "support"))?.counts.recorded).toBe(1);
  });

  test("a message that keeps failing is tried a bounded number of times, then left as given up", async () => {
    const mail = customerMail(1, NOW - 2 * HOUR);
    gmail.deliver(mail.headers);
    rt.sink.poison.add(mail.headers["Message-ID"] ?? "");
    await runConnector(rt, "demo", "support");
    for (let attempt = 1; attempt < MAX_DEAD_LETTER_ATTEMPTS; attempt++) {
      // Each wait is twice the previous: 10, 20, 40, 80 minutes.
      rt.clock.now += retryDelayMs(attempt);
      await runConnector(rt, "demo", "support", { replay: true });
      expect(letters()[0]?.attempts).toBe(attempt + 1);
    }
    expect(letters()[0]).toMatchObject({ status: "gave_up", retryAt: null });
    rt.clock.now += 30 * 24 * HOUR;
    const after = await runConnector(rt, "demo", "support", { replay: true });
    expect(after).toMatchObject({ replay: { resolved: 0, failedAgain: 0 } });
    expect(letters()[0]?.attempts).toBe(MAX_DEAD_LETTER_ATTEMPTS);
  });

  test("a message the provider refuses to serve is set aside; the rest of its page is recorded", async () => {
    const mails = [1, 2, 3].map((n) => customerMail(n, NOW - 3 * HOUR + n * 60_000));
    const ids = mails.map((m) => gmail.deliver(m.headers));
    gmail.http.fail(new RegExp(`messages/${ids[1] ?? ""}`), 1, {
      status: 400,
      body: { error: { code: 400, message: "Invalid message", status: "INVALID_ARGUMENT" } },
    });
    expect(await runConnector(rt, "demo", "support")).toMatchObject({ status: "synced" });
    expect(recorded()).toHaveLength(2);
    expect(letters()).toEqual([
      expect.objectContaining({ providerId: ids[1], messageId: null, errorCode: "provider_400" }),
    ]);
  });

  test("a run that sets the same message aside twice keeps one dead letter with its first failure", async () => {
    const mail = customerMail(1, NOW - 2 * HOUR);
    gmail.deliver(mail.headers);
    rt.sink.poison.add(mail.headers["Message-ID"] ?? "");
    await runConnector(rt, "demo", "support");
    // A resync (expired cursor) reads the same week again and meets the same message.
    await rt.store.patch("demo", "support", { cursor: null });
    rt.clock.now = NOW + 60_000;
    await runConnector(rt, "demo", "support");
    expect(letters()).toEqual([expect.objectContaining({ firstFailedAt: NOW, attempts: 1 })]);
  });

  test("a transient failure of one message's fetch stops the run without moving the cursor", async () => {
    const mails = [1, 2].map((n) => customerMail(n, NOW - 3 * HOUR + n * 60_000));
    const ids = mails.map((m) => gmail.deliver(m.headers));
    // recordingRetry(_, 1): the call and one retry both answer 503.
    gmail.http.fail(new RegExp(`messages/${ids[0] ?? ""}`), 2, {
      status: 503,
      body: { error: { code: 503, message: "backend down" } },
    });
    const failed = await runConnector(rt, "demo", "support");
    expect(failed).toMatchObject({ status: "failed" });
    expect(letters()).toHaveLength(0);
    expect(await cursor()).toBeNull();

    expect(await runConnector(rt, "demo", "support")).toMatchObject({ status: "synced" });
    expect(recorded()).toHaveLength(2);
  });

  test("a transient failure of the page fetch itself stops the run without moving the cursor", async () => {
    gmail.deliver(customerMail(1, NOW - 2 * HOUR).headers);
    await runConnector(rt, "demo", "support");
    const before = await cursor();
    const next = customerMail(2, NOW);
    gmail.deliver(next.headers);
    gmail.http.fail(/\/history\?/, 2, { status: 429, body: { error: { code: 429, message: "slow down" } } });
    expect(await runConnector(rt, "demo", "support")).toMatchObject({ status: "failed" });
    expect(letters()).toHaveLength(0);
    expect(await cursor()).toEqual(before);

    expect(await runConnector(rt, "demo", "support")).toMatchObject({ status: "synced" });
    expect(recorded()).toContain(next.headers["Message-ID"]);
  });
});

describe("a Microsoft 365 mailbox with a poison message", () => {
  let graph: FakeGraph;
  let rt: MemoryRuntime;

  beforeEach(async () => {
    graph = new FakeGraph(MAILBOX);
    await graph.start();
    rt = memoryRuntime({ graph: () => graphApiFor(graph, recordingRetry([], 1), () => rt.clock.now) }, NOW);
    await rt.store.put(newConnectorState("demo", "support", MAILBOX, "microsoft", {}, NOW - HOUR));
  });

  afterEach(() => graph.stop());

  test("a poison sent reply is set aside with its folder and replayed from Sent Items", async () => {
    const question = customerMail(1, NOW - 3 * HOUR);
    const answer = replyMail(1, 1, NOW - 2 * HOUR, MAILBOX);
    graph.deliver("inbox", question.headers, { conversationId: "conv-t1" });
    const sentId = graph.deliver("sentitems", answer.headers, { conversationId: "conv-t1" });
    rt.sink.poison.add(answer.headers["Message-ID"] ?? "");

    expect(await runConnector(rt, "demo", "support")).toMatchObject({ status: "synced" });
    const cursor = (await rt.store.get("demo", "support"))?.cursor as GraphCursor;
    expect(cursor.sentitems.deltaLink).not.toBeNull();
    expect([...rt.deadLetters.letters.values()]).toEqual([
      expect.objectContaining({
        providerId: sentId,
        folder: "sentitems",
        messageId: answer.headers["Message-ID"],
      }),
    ]);

    rt.sink.poison.clear();
    rt.clock.now = NOW + retryDelayMs(1);
    expect(await runConnector(rt, "demo", "support", { replay: true })).toMatchObject({
      replay: { resolved: 1 },
    });
    const replayed = [...rt.sink.recorded.values()].find((m) => m.messageId === answer.headers["Message-ID"]);
    // Read again from Sent Items: still the mailbox's own reply, not a customer's message.
    expect(replayed?.sent).toBe(true);
    expect(rt.deadLetters.letters.size).toBe(0);
  });
});
