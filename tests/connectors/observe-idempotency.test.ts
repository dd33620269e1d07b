/**
 * The connectors' contract with the observe path, on the Firestore emulator: connector and sidebar
 * report through the same observeThread, so a message seen by both is recorded once whichever comes
 * first; direction follows the mailbox and member addresses; crashes and replays add nothing.
 */
import { conversationKey, SYSTEM, type Actor, type ObservedMessage } from "@baton/shared";
import { createRuntime } from "../../backend/src/connectors/providers";
import { runConnector } from "../../backend/src/connectors/run-connector";
import { newConnectorState } from "../../backend/src/connectors/state";
import { toObservedMessage } from "../../backend/src/connectors/mail-message";
import { createObserveSink } from "../../backend/src/connectors/observe-sink";
import { FakeGmail } from "../../backend/test/connectors/fake-gmail";
import { FakeGraph } from "../../backend/test/connectors/fake-graph";
import { gmailApiFor, recordingRetry } from "../../backend/test/connectors/gmail-harness";
import { graphApiFor } from "../../backend/test/connectors/graph-harness";
import { AGENT, customerMail, MAILBOX, replyMail } from "../../backend/test/connectors/scenario";
import { createIdGenerator } from "../../backend/src/store/ids";
import { findMailbox } from "../../backend/src/store/mailboxes";
import { observeThread } from "../../backend/src/store/observe";
import { paths } from "../../backend/src/store/paths";
import { createOrg, db, messageEvents, SUPPORT_ID } from "./fixtures";

const HOUR = 3_600_000;
let fakeGmail: FakeGmail;
let fakeGraph: FakeGraph;
let now: number;

beforeEach(async () => {
  fakeGmail = new FakeGmail(MAILBOX);
  fakeGraph = new FakeGraph(MAILBOX);
  await Promise.all([fakeGmail.start(), fakeGraph.start()]);
  now = Date.now();
});

afterEach(async () => {
  await Promise.all([fakeGmail.stop(), fakeGraph.stop()]);
});

function runtime() {
  const sleeps: number[] = [];
  return createRuntime(
    db(),
    () => {
      throw new Error("no real credentials in tests");
    },
    {
      gmailFor: () => gmailApiFor(fakeGmail, recordingRetry(sleeps), () => now),
      graphFor: () => graphApiFor(fakeGraph, recordingRetry(sleeps), () => now),
      now: () => now,
    },
  );
}

async function connect(org: string, provider: "google" | "microsoft", options = {}) {
  const rt = runtime();
  await rt.store.put(newConnectorState(org, SUPPORT_ID, MAILBOX, provider, options, now - 10 * HOUR));
  return rt;
}

/** What the Gmail add-on's sidebar sends for an open thread, through the same store function. */
async function sidebarObserve(
  org: string,
  platform: "gmail" | "outlook",
  threadId: string,
  messages: ObservedMessage[],
) {
  const d = db();
  const mailbox = await findMailbox(d, org, SUPPORT_ID);
  const ana: Actor = { email: AGENT, role: "agent" };
  return observeThread(d, {
    org,
    mailbox: mailbox!,
    platform,
    platformThreadId: threadId,
    messages,
    source: { kind: "sidebar", caller: ana },
    directory: { members: new Map([[AGENT, ana]]), mailboxAddresses: new Set([MAILBOX]) },
    nowMs: now,
    newId: createIdGenerator(now),
  });
}

function observed(headers: Record<string, string>): ObservedMessage {
  const message = toObservedMessage({
    providerId: "x",
    threadId: undefined,
    messageId: headers["Message-ID"] ?? "",
    inReplyTo: headers["In-Reply-To"],
    references: headers.References,
    from: headers.From ?? "",
    to: [],
    cc: [],
    subject: headers.Subject ?? "",
    sentAt: Date.parse(headers.Date ?? ""),
    automated: false,
  });
  return message!;
}

test("Gmail: a thread the connector recorded and a sidebar then opens is recorded once", async () => {
  const org = await createOrg();
  const rt = await connect(org, "google");
  const ask = customerMail(1, now - 2 * HOUR);
  const answer = replyMail(1, 1, now - HOUR, AGENT);
  const thread = "thread-1";
  fakeGmail.deliver(ask.headers, { threadId: thread });
  fakeGmail.deliver(answer.headers, { threadId: thread, labelIds: ["SENT"] });

  const outcome = await runConnector(rt, org, SUPPORT_ID);
  expect(outcome).toMatchObject({ status: "synced" });

  const before = await messageEvents(org);
  expect(before.map((e) => e.type).sort()).toEqual(["message_received", "message_sent"]);
  // The agent's reply from "another client" is attributed to her and is outbound.
  expect(before.find((e) => e.type === "message_sent")?.actor).toBe(AGENT);
  const key = conversationKey(observed(ask.headers))!;
  const conversation = (await paths.conversation(db(), org, key).get()).data()!;
  expect(conversation.messageCount).toBe(2);
  expect(conversation.lastOutboundAt).not.toBeNull();

  const result = await sidebarObserve(org, "gmail", thread, [
    observed(ask.headers),
    observed(answer.headers),
  ]);
  expect(result).toMatchObject({ conversation: { key, messageCount: 2 } });
  expect(await messageEvents(org)).toHaveLength(2);
});

test("Graph: a message a sidebar reported first is absorbed when the connector sees it", async () => {
  const org = await createOrg();
  const rt = await connect(org, "microsoft");
  const ask = customerMail(2, now - 3 * HOUR);
  const followUp = { ...replyMail(2, 2, now - 2 * HOUR, "c2@customer2.test") };
  await sidebarObserve(org, "outlook", "conv-t2", [observed(ask.headers)]);
  fakeGraph.deliver("inbox", ask.headers, { conversationId: "conv-t2" });
  fakeGraph.deliver("inbox", followUp.headers, { conversationId: "conv-t2" });

  const outcome = await runConnector(rt, org, SUPPORT_ID);

  expect(outcome).toMatchObject({ status: "synced", report: { result: { recorded: 1, known: 1 } } });
  const events = await messageEvents(org);
  expect(events).toHaveLength(2);
  expect(new Set(events.map((e) => e.key)).size).toBe(1);
  const state = await rt.store.get(org, SUPPORT_ID);
  expect(state?.counts).toMatchObject({ recorded: 1, known: 1 });
  expect(state?.lastError).toBeNull();
  expect(state?.lastSyncAt).toBe(now);
});

test("runs that crash part-way through a page, resumed, record each message exactly once", async () => {
  const org = await createOrg();
  const rt = await connect(org, "google");
  for (let i = 0; i < 6; i++) {
    const ask = customerMail(10 + i, now - (8 - i) * HOUR);
    const answer = replyMail(10 + i, 1, now - (8 - i) * HOUR + 60_000, MAILBOX);
    fakeGmail.deliver(ask.headers, { threadId: `t${i}` });
    fakeGmail.deliver(answer.headers, { threadId: `t${i}`, labelIds: ["SENT"] });
  }
  // The first three runs die after 3, 7 and 11 of the page's 12 messages (the rest of the batch
  // is never delivered); each resumes from the cursor saved before the page: replays, no gaps.
  // The crash is the store going away (gRPC UNAVAILABLE), which stops a run as a dying process
  // does; a plain Error would be one message's failure, set aside as a dead letter instead.
  const crashPoints = [3, 7, 11];
  const crashing = {
    ...rt,
    sinkFor: (state: Parameters<typeof rt.sinkFor>[0]) => {
      const inner = createObserveSink({
        db: db(),
        org,
        mailboxId: SUPPORT_ID,
        provider: state.provider,
        now: () => now,
      });
      const crashAt = crashPoints.shift();
      return {
        async ingest(batch: Parameters<ReturnType<typeof rt.sinkFor>["ingest"]>[0]) {
          if (crashAt === undefined || batch.length <= crashAt) return inner.ingest(batch);
          await inner.ingest(batch.slice(0, crashAt));
          throw Object.assign(new Error("simulated crash"), { code: 14 });
        },
      };
    },
  };

  const outcomes = [];
  for (let run = 0; run < 4; run++) outcomes.push((await runConnector(crashing, org, SUPPORT_ID)).status);

  expect(outcomes).toEqual(["failed", "failed", "failed", "synced"]);
  const events = await messageEvents(org);
  expect(events).toHaveLength(12);
  expect(new Set(events.map((e) => e.messageId)).size).toBe(12);
  expect(events.filter((e) => e.type === "message_sent")).toHaveLength(6);
  expect(new Set(events.map((e) => e.key)).size).toBe(6);
  const state = await rt.store.get(org, SUPPORT_ID);
  expect(state?.counts.errors).toBe(3);
  expect(state?.counts.recorded).toBe(1); // only the last run's page completed, and only 1 was new then
  expect(state?.lastError).toBeNull();
  expect(state?.leaseUntil).toBe(0);
});

test("a paused connector is skipped by the poll but runs on an explicit sync-now", async () => {
  const org = await createOrg();
  const rt = await connect(org, "google");
  fakeGmail.deliver(customerMail(30, now - HOUR).headers);
  await rt.store.patch(org, SUPPORT_ID, { paused: true });

  expect(await runConnector(rt, org, SUPPORT_ID)).toEqual({ status: "paused" });
  expect(await messageEvents(org)).toHaveLength(0);
  expect(await runConnector(rt, org, SUPPORT_ID, { force: true })).toMatchObject({ status: "synced" });
  expect(await messageEvents(org)).toHaveLength(1);
});

test("two runs at once: the second finds the lease taken", async () => {
  const org = await createOrg();
  const rt = await connect(org, "google");
  expect(await rt.store.acquire(org, SUPPORT_ID, now, 60_000)).toBe(true);
  expect(await runConnector(rt, org, SUPPORT_ID)).toEqual({ status: "busy" });
  await rt.store.release(org, SUPPORT_ID);
  expect(await runConnector(rt, org, SUPPORT_ID)).toMatchObject({ status: "synced" });
});

test("the system observer records as 'system', never as a member", async () => {
  const org = await createOrg();
  const rt = await connect(org, "google");
  fakeGmail.deliver(customerMail(40, now - HOUR).headers);
  await runConnector(rt, org, SUPPORT_ID);
  expect((await messageEvents(org))[0]?.actor).toBe(SYSTEM.email);
});
