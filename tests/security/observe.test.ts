/**
 * Issue 11, "only what the caller may record": attacks on POST /conversations/observe, which used to
 * record whatever a member's sidebar sent and take a message's direction and author from its From
 * header. Each test performs the attack and asserts it is refused; the comments say what it did
 * before. The positive controls show the same write succeeds through a path allowed to make it.
 */
import type { ClockState, ConversationResponse } from "@baton/shared";
import { createRuntime } from "../../backend/src/connectors/providers";
import { runConnector } from "../../backend/src/connectors/run-connector";
import { newConnectorState } from "../../backend/src/connectors/state";
import { FakeGmail } from "../../backend/test/connectors/fake-gmail";
import { gmailApiFor, recordingRetry } from "../../backend/test/connectors/gmail-harness";
import {
  createTestOrg,
  makeThread,
  observeBody,
  type MessageSpec,
  type TestOrg,
} from "../integration/support/fixtures";
import { adminApp, call } from "../integration/support/stack";

let org: TestOrg;
let customer: string;

beforeAll(async () => {
  org = await createTestOrg("sec-observe", { ana: "agent", ben: "agent", vera: "viewer" });
  customer = `carla@customer-${org.org}.test`;
});

function observeAs(member: string, messages: MessageSpec[], platformThreadId?: string) {
  return call<ConversationResponse & { error?: { code: string; message: string } }>(
    org.token(member),
    "POST",
    "/conversations/observe",
    observeBody(org, messages, "gmail", platformThreadId),
  );
}

/** A reply to the root of `thread`, sent `from` a minute ago. */
function replyTo(thread: ReturnType<typeof makeThread>, from: string, label: string): MessageSpec {
  const root = thread.ids[0]!;
  return {
    messageId: `<${label}-${root.slice(1)}`,
    inReplyTo: root,
    references: root,
    from,
    to: [customer],
    subject: `Re: ${thread.messages[0]!.subject}`,
    sentAt: new Date(Date.now() - 60_000).toISOString(),
  };
}

interface DocCounts {
  conversations: number;
  messages: number;
  aliases: number;
}

async function docCounts(): Promise<DocCounts> {
  const { db } = adminApp();
  const sizes = await Promise.all(
    ["conversations", "messages", "aliases"].map(
      async (c) => (await db.collection(`orgs/${org.org}/${c}`).get()).size,
    ),
  );
  return { conversations: sizes[0]!, messages: sizes[1]!, aliases: sizes[2]! };
}

async function events(key: string): Promise<Array<{ type: string; actor: string }>> {
  const docs = await adminApp().db.collection(`orgs/${org.org}/conversations/${key}/events`).get();
  return docs.docs.map((d) => d.data() as { type: string; actor: string });
}

async function firstResponse(key: string): Promise<ClockState | undefined> {
  const reply = await call<ConversationResponse>(
    org.token("ben"),
    "GET",
    `/conversations/${encodeURIComponent(key)}`,
  );
  expect(reply.status).toBe(200);
  return reply.body.sla.clocks.find((c) => c.kind === "first_response");
}

describe("a viewer's sidebar records nothing", () => {
  it("refuses to record a new thread a viewer reports, and writes no document", async () => {
    const thread = makeThread(org.domain, customer, 2);
    const before = await docCounts();

    // Before: 200, a conversation, two message events and the message index, all from a viewer.
    const reply = await observeAs("vera", thread.messages, `vera-${thread.ids[0]}`);

    expect(reply.status).toBe(404);
    expect(reply.body.error?.message).toMatch(/not recorded this conversation yet/);
    expect(await docCounts()).toEqual(before);
    // It mattered: the same report from an agent creates the conversation.
    const ben = await observeAs("ben", thread.messages);
    expect(ben.status).toBe(200);
    expect((await docCounts()).conversations).toBe(before.conversations + 1);
  });

  it("renders a known thread for a viewer without recording the new messages it reports", async () => {
    const thread = makeThread(org.domain, customer, 1);
    const known = await observeAs("ben", thread.messages);
    const key = known.body.conversation.key;
    const forged = { ...replyTo(thread, org.mailbox, "vera-forged"), from: org.mailbox };
    const before = await docCounts();

    const seen = await observeAs("vera", [...thread.messages, forged], "vera-alias");

    expect(seen.status).toBe(200);
    expect(seen.body.conversation.key).toBe(key);
    expect(seen.body.view.buttons.claim).toBe(false);
    // Before: the forged mailbox reply was recorded and met the first-response clock.
    expect(seen.body.conversation.messageCount).toBe(1);
    expect(seen.body.conversation.lastOutboundAt).toBeNull();
    expect(await docCounts()).toEqual(before);
    expect((await firstResponse(key))?.state).not.toBe("met");
  });
});

describe("a sidebar speaks only for its caller", () => {
  it("does not record a colleague's reply reported by another agent, nor stop the clock", async () => {
    const thread = makeThread(org.domain, customer, 1);
    const fromAna = replyTo(thread, `Ana <${org.email("ana")}>`, "ana");

    // Before: Ben's report made this Ana's reply (actor ana, lastReplyBy ana) and met the clock.
    const reply = await observeAs("ben", [...thread.messages, fromAna]);

    expect(reply.status).toBe(200);
    const key = reply.body.conversation.key;
    expect(reply.body.conversation.messageCount).toBe(1);
    expect(reply.body.conversation.lastReplyBy ?? null).toBeNull();
    expect((await events(key)).filter((e) => e.actor === org.email("ana"))).toEqual([]);
    expect((await events(key)).map((e) => e.type)).toEqual(["message_received"]);
    const clock = await firstResponse(key);
    expect(clock).toBeDefined();
    expect(clock?.state).not.toBe("met");
    // Reported alone (a thread whose only message is Ana's), nothing is created either.
    const alone = makeThread(org.domain, customer, 1);
    const onlyAna = { ...alone.messages[0]!, from: org.email("ana") };
    const before = await docCounts();
    expect((await observeAs("ben", [onlyAna])).status).toBe(404);
    expect(await docCounts()).toEqual(before);
  });

  it("records the caller's own reply and stops the clock (positive control)", async () => {
    const thread = makeThread(org.domain, customer, 1);
    const fromBen = replyTo(thread, `Ben <${org.email("ben")}>`, "ben");

    const reply = await observeAs("ben", [...thread.messages, fromBen]);

    expect(reply.status).toBe(200);
    const key = reply.body.conversation.key;
    expect(reply.body.conversation.lastReplyBy).toBe(org.email("ben"));
    expect(await events(key)).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: "message_sent", actor: org.email("ben") })]),
    );
    expect((await firstResponse(key))?.state).toBe("met");
  });
});

/** The support mailbox's Gmail connector over the fake Gmail server, as the scheduled poll runs it. */
async function connectorOver(gmail: FakeGmail) {
  const now = Date.now();
  const runtime = createRuntime(
    adminApp().db,
    () => {
      throw new Error("no real credentials in tests");
    },
    { gmailFor: () => gmailApiFor(gmail, recordingRetry([]), () => now), now: () => now },
  );
  await runtime.store.put(newConnectorState(org.org, "support", org.mailbox, "google", {}, now - 3_600_000));
  return runtime;
}

/** A message's headers as Gmail hands them to the connector. */
function gmailHeaders(m: MessageSpec) {
  return {
    "Message-ID": m.messageId,
    ...(m.inReplyTo === undefined ? {} : { "In-Reply-To": m.inReplyTo, References: m.references ?? "" }),
    From: m.from,
    To: (m.to ?? [org.mailbox]).join(", "),
    Subject: m.subject,
    Date: new Date(m.sentAt).toUTCString(),
  };
}

describe("a connector that read the mailbox may credit a colleague", () => {
  let gmail: FakeGmail;
  beforeAll(async () => {
    gmail = new FakeGmail(org.mailbox);
    await gmail.start();
  });
  afterAll(async () => {
    await gmail.stop();
  });

  it("attributes Ana's reply from the mailbox's Sent mail to Ana and stops the clock", async () => {
    const thread = makeThread(org.domain, customer, 1);
    const fromAna = replyTo(thread, org.email("ana"), "ana-sent");
    // Ben's sidebar reported the thread first, with Ana's reply in it: recorded without it.
    const reported = await observeAs("ben", [...thread.messages, fromAna]);
    const key = reported.body.conversation.key;
    expect((await firstResponse(key))?.state).not.toBe("met");

    const runtime = await connectorOver(gmail);
    gmail.deliver(gmailHeaders(thread.messages[0]!), { threadId: "sec-t1" });
    gmail.deliver(gmailHeaders(fromAna), { threadId: "sec-t1", labelIds: ["SENT"] });

    expect(await runConnector(runtime, org.org, "support")).toMatchObject({ status: "synced" });

    const sent = (await events(key)).filter((e) => e.type === "message_sent");
    expect(sent).toEqual([expect.objectContaining({ actor: org.email("ana") })]);
    expect((await firstResponse(key))?.state).toBe("met");
  });
});

describe("a connector credits a member only for what it read from the Sent mail", () => {
  let gmail: FakeGmail;
  beforeAll(async () => {
    gmail = new FakeGmail(org.mailbox);
    await gmail.start();
  });
  afterAll(async () => {
    await gmail.stop();
  });

  it("records Inbox mail forging From: ana@ as arrived, not as Ana's reply, and the clock keeps running", async () => {
    const thread = makeThread(org.domain, customer, 1);
    const reported = await observeAs("ben", thread.messages);
    const key = reported.body.conversation.key;
    const runtime = await connectorOver(gmail);
    // An outsider writes to the mailbox as Ana: Gmail files it in the Inbox, as it does any mail in.
    const forged = replyTo(thread, `Ana <${org.email("ana")}>`, "forged-ana");
    gmail.deliver(gmailHeaders(forged), { threadId: "sec-forged", labelIds: ["INBOX", "UNREAD"] });

    expect(await runConnector(runtime, org.org, "support")).toMatchObject({ status: "synced" });

    // Before: recorded as Ana's reply (message_sent, actor ana) and the first-response clock met.
    const after = await events(key);
    expect(after.filter((e) => e.actor === org.email("ana"))).toEqual([]);
    expect(after.filter((e) => e.type === "message_sent")).toEqual([]);
    expect(after.filter((e) => e.type === "message_received")).toHaveLength(2);
    expect((await firstResponse(key))?.state).not.toBe("met");

    // It mattered: the same kind of message read from the mailbox's Sent mail is Ana's reply.
    const real = replyTo(thread, `Ana <${org.email("ana")}>`, "real-ana");
    gmail.deliver(gmailHeaders(real), { threadId: "sec-forged", labelIds: ["SENT"] });
    expect(await runConnector(runtime, org.org, "support")).toMatchObject({ status: "synced" });
    const sent = (await events(key)).filter((e) => e.type === "message_sent");
    expect(sent).toEqual([expect.objectContaining({ actor: org.email("ana") })]);
    expect((await firstResponse(key))?.state).toBe("met");
  });
});
