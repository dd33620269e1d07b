/**
 * Auto-acknowledgement through the connector, on the Firestore emulator: one reply per new customer
 * conversation, never for the backfill, never twice (replays, resyncs, a second run), and the
 * acknowledgement itself, when it comes back through the Sent mail, is recorded as automatic and
 * does not stop the first-response clock (issue 17).
 */
import { DEFAULT_SLA_POLICY, slaState, type BusinessCalendar, type ConversationEvent } from "@baton/shared";
import { autoAckRef } from "../../backend/src/store/auto-acks";
import { paths } from "../../backend/src/store/paths";
import { createRuntime } from "../../backend/src/connectors/providers";
import { runConnector } from "../../backend/src/connectors/run-connector";
import { newConnectorState } from "../../backend/src/connectors/state";
import { ackRef } from "../../backend/src/connectors/firestore-state";
import { FakeGmail } from "../../backend/test/connectors/fake-gmail";
import { FakeGraph } from "../../backend/test/connectors/fake-graph";
import { gmailApiFor, recordingRetry } from "../../backend/test/connectors/gmail-harness";
import { graphApiFor } from "../../backend/test/connectors/graph-harness";
import { AGENT, customerMail, MAILBOX, replyMail } from "../../backend/test/connectors/scenario";
import { createOrg, db, messageEvents, SUPPORT_ID } from "./fixtures";

const HOUR = 3_600_000;

/** The first-response clock of the conversation holding `messageId`, replayed from its stored log. */
async function firstResponse(org: string, messageId: string) {
  const key = (await messageEvents(org)).find((e) => e.messageId === messageId)?.key ?? "";
  const events = (await paths.events(db(), org, key).get()).docs.map((d) => d.data() as ConversationEvent);
  // Around the clock (no business hours), so "still running" does not depend on when the suite runs.
  const calendar: BusinessCalendar = {
    timeZone: "UTC",
    weekly: Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, [["00:00", "24:00"]]]),
    ),
  };
  return slaState(events, DEFAULT_SLA_POLICY, calendar, now).clocks.find((c) => c.kind === "first_response");
}
const autoAck = {
  enabled: true,
  subject: "Re: {subject}",
  body: 'Thanks for writing to {mailbox}. We have your message about "{subject}" and will answer soon.',
};
let gmail: FakeGmail;
let graph: FakeGraph;
let now: number;

beforeEach(async () => {
  gmail = new FakeGmail(MAILBOX);
  graph = new FakeGraph(MAILBOX);
  await Promise.all([gmail.start(), graph.start()]);
  now = Date.now();
});
afterEach(() => Promise.all([gmail.stop(), graph.stop()]));

async function connect(org: string, provider: "google" | "microsoft", connectedAt: number) {
  // The mailbox joined Baton when it was connected: mail before that is history (never timed).
  await paths.mailbox(db(), org, SUPPORT_ID).update({ createdAt: connectedAt });
  const sleeps: number[] = [];
  const rt = createRuntime(
    db(),
    () => {
      throw new Error("no credentials in tests");
    },
    {
      gmailFor: () => gmailApiFor(gmail, recordingRetry(sleeps), () => now),
      graphFor: () => graphApiFor(graph, recordingRetry(sleeps), () => now),
      now: () => now,
    },
  );
  await rt.store.put(newConnectorState(org, SUPPORT_ID, MAILBOX, provider, { autoAck }, connectedAt));
  return rt;
}

test("Gmail: one threaded acknowledgement per new conversation, none for the backfill, none twice", async () => {
  const org = await createOrg();
  const connectedAt = now - HOUR;
  const old = customerMail(1, now - 5 * HOUR); // before connecting: backfill, no ack
  const fresh = customerMail(2, now - 30 * 60_000);
  const bot = customerMail(3, now - 20 * 60_000, { "Auto-Submitted": "auto-generated" });
  const reply = replyMail(2, 2, now - 10 * 60_000, "c2@customer2.test"); // same conversation: no second ack
  gmail.deliver(old.headers, { threadId: "t1" });
  gmail.deliver(fresh.headers, { threadId: "t2" });
  gmail.deliver(bot.headers, { threadId: "t3" });
  gmail.deliver(reply.headers, { threadId: "t2" });
  const rt = await connect(org, "google", connectedAt);

  const outcome = await runConnector(rt, org, SUPPORT_ID);
  expect(outcome).toMatchObject({ status: "synced", acks: 1 });
  expect(gmail.sent).toHaveLength(1);
  const raw = Buffer.from(gmail.sent[0]!.raw, "base64url").toString("utf8");
  expect(raw).toContain("In-Reply-To: <t2@customer2.test>");
  expect(raw).toContain('To: "Customer 2" <c2@customer2.test>');
  expect(raw).toContain("Auto-Submitted: auto-replied");
  expect(gmail.sent[0]!.threadId).toBe("t2");

  // The sent acknowledgement comes back through history; a full resync replays everything.
  now += 60_000;
  await runConnector(rt, org, SUPPORT_ID);
  await rt.store.patch(org, SUPPORT_ID, { cursor: null });
  await runConnector(rt, org, SUPPORT_ID);
  expect(gmail.sent).toHaveLength(1);

  const marker = (
    await ackRef(
      db(),
      org,
      SUPPORT_ID,
      (await messageEvents(org)).find((e) => e.messageId === "t2@customer2.test")!.key,
    ).get()
  ).data();
  expect(marker).toMatchObject({ status: "sent" });
  // The acknowledgement is recorded (the thread shows it) but is no response: automatic, untimed.
  const events = await messageEvents(org);
  const sent = events.filter((e) => e.type === "message_sent");
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ automatic: true });
  expect(sent[0]?.messageId).toMatch(/^baton-ack\./);
  expect((await autoAckRef(db(), org, sent[0]!.messageId!).get()).exists).toBe(true);
  expect(await firstResponse(org, "t2@customer2.test")).toMatchObject({ state: "running" });
  expect((await rt.store.get(org, SUPPORT_ID))?.counts.acks).toBe(1);
});

test("Graph: the acknowledgement is a reply to the customer's message, once", async () => {
  const org = await createOrg();
  const ask = customerMail(5, now - 10 * 60_000);
  const id = graph.deliver("inbox", ask.headers, { conversationId: "conv-5" });
  const rt = await connect(org, "microsoft", now - HOUR);

  await runConnector(rt, org, SUPPORT_ID);
  now += 60_000;
  await runConnector(rt, org, SUPPORT_ID);

  expect(graph.replies).toHaveLength(1);
  expect(graph.replies[0]?.messageId).toBe(id);
  expect(graph.replies[0]?.comment).toContain('about "Question 5"');

  // Graph's reply carries no Auto-Submitted and Sent Items gives no headers: only the id recorded
  // before the send tells Baton it is its own. It came back through Sent Items, and the clock runs.
  const sent = (await messageEvents(org)).filter((e) => e.type === "message_sent");
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ automatic: true, actor: "system" });
  expect((await autoAckRef(db(), org, sent[0]!.messageId!).get()).exists).toBe(true);
  expect(await firstResponse(org, "t5@customer5.test")).toMatchObject({ state: "running" });
});

test("Graph: a member's real reply after the acknowledgement still stops the clock", async () => {
  const org = await createOrg();
  const ask = customerMail(6, now - 10 * 60_000);
  graph.deliver("inbox", ask.headers, { conversationId: "conv-6" });
  const rt = await connect(org, "microsoft", now - HOUR);
  await runConnector(rt, org, SUPPORT_ID);
  now += 60_000;
  const answer = replyMail(6, 1, now - 30_000, MAILBOX);
  graph.deliver("sentitems", answer.headers, { conversationId: "conv-6" });
  await runConnector(rt, org, SUPPORT_ID);
  const sent = (await messageEvents(org)).filter((e) => e.type === "message_sent");
  const automatic = sent.map((e) => (e as { automatic?: boolean }).automatic === true);
  expect(automatic.sort()).toEqual([false, true]);
  expect(await firstResponse(org, "t6@customer6.test")).toMatchObject({ state: "met" });
});

test("a message from a member never triggers an acknowledgement", async () => {
  const org = await createOrg();
  const internal = {
    ...customerMail(7, now - 10 * 60_000),
    headers: { ...customerMail(7, now - 10 * 60_000).headers, From: AGENT },
  };
  gmail.deliver(internal.headers, { threadId: "t7" });
  const rt = await connect(org, "google", now - HOUR);
  await runConnector(rt, org, SUPPORT_ID);
  expect(gmail.sent).toHaveLength(0);
});
