import { messageKey, ownMessageId, type ConversationResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, observeBody, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

describe("observe", () => {
  let org: TestOrg;
  let customer: string;

  beforeAll(async () => {
    org = await createTestOrg("observe", { ana: "agent", ben: "agent", viewer: "viewer" });
    customer = `carla@customer-${org.org}.test`;
  });

  async function eventCount(key: string): Promise<number> {
    return (await adminApp().db.collection(`orgs/${org.org}/conversations/${key}/events`).get()).size;
  }

  it("creates the conversation with its messages, and a second observe changes nothing", async () => {
    const { messages } = makeThread(org.domain, customer, 3);
    const first = await observe(org, "ana", messages);
    expect(first.conversation).toMatchObject({
      mailbox: org.mailbox,
      subject: messages[0]!.subject,
      status: "open",
      messageCount: 3,
      assignee: null,
    });
    expect(first.conversation.key).toMatch(/^c_[a-z0-9]+$/);
    expect(first.view).toMatchObject({
      key: first.conversation.key,
      ownerLine: expect.any(String) as unknown,
    });
    expect(first.sla.clocks.map((c) => c.kind)).toContain("first_response");
    const events = await eventCount(first.conversation.key);
    expect(events).toBe(3);

    const again = await observe(org, "ben", messages);
    expect(again.conversation.key).toBe(first.conversation.key);
    expect(again.conversation.messageCount).toBe(3);
    expect(await eventCount(first.conversation.key)).toBe(events);
  });

  it("records the caller's own reply as outbound, attributed to the caller", async () => {
    const { ids, messages } = makeThread(org.domain, customer, 1);
    const reply = {
      messageId: `<reply-${ids[0]!.slice(1)}`,
      inReplyTo: ids[0],
      references: ids[0],
      from: `Ben <${org.email("ben")}>`,
      subject: `Re: ${messages[0]!.subject}`,
      sentAt: new Date(Date.now() - 60_000).toISOString(),
    };
    const result = await observe(org, "ben", [...messages, reply]);
    expect(result.conversation.messageCount).toBe(2);
    expect(result.conversation.lastReplyBy).toBe(org.email("ben"));
    expect(result.conversation.lastOutboundAt).not.toBeNull();
    const first = result.sla.clocks.find((c) => c.kind === "first_response");
    expect(first?.state).toBe("met");
  });

  it("credits a reply from the mailbox address to the caller, and leaves a colleague's reply out", async () => {
    const { ids, messages } = makeThread(org.domain, customer, 1);
    const reply = (label: string, from: string) => ({
      messageId: `<${label}-${ids[0]!.slice(1)}`,
      inReplyTo: ids[0],
      references: ids[0],
      from,
      subject: `Re: ${messages[0]!.subject}`,
      sentAt: new Date(Date.now() - 60_000).toISOString(),
    });
    // Ana reports Ben's reply: not hers to report, so it waits for Ben's sidebar or the connector.
    const withBens = await observe(org, "ana", [...messages, reply("ben", org.email("ben"))]);
    expect(withBens.conversation.messageCount).toBe(1);
    expect(withBens.conversation.lastReplyBy ?? null).toBeNull();
    // Ben's own sidebar then records it as his.
    const bens = await observe(org, "ben", [...messages, reply("ben", org.email("ben"))]);
    expect(bens.conversation.messageCount).toBe(2);
    expect(bens.conversation.lastReplyBy).toBe(org.email("ben"));
    // A reply from support@ can only be vouched for by the caller: it is credited to Ana.
    const shared = await observe(org, "ana", [...messages, reply("shared", org.mailbox)]);
    expect(shared.conversation.messageCount).toBe(3);
    expect(shared.conversation.lastReplyBy).toBe(org.email("ana"));
  });

  it("joins Gmail and Outlook views of one thread (different platform ids, same headers)", async () => {
    const { messages } = makeThread(org.domain, customer, 2);
    const gmail = await observe(org, "ana", messages, "gmail", "18c2f0a1b2c3d4e5");
    const outlook = await observe(
      org,
      "ben",
      messages,
      "outlook",
      "AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAOb/Vq+vMkVFqc+d0lDyX3Y=",
    );
    expect(outlook.conversation.key).toBe(gmail.conversation.key);
    expect(outlook.conversation.messageCount).toBe(2);
    const doc = await adminApp().db.doc(`orgs/${org.org}/conversations/${gmail.conversation.key}`).get();
    expect((doc.get("aliases") as string[]).length).toBe(2);

    // The alias alone now finds it, even for a message list that names none of its ids.
    const lateReply = makeThread(org.domain, customer, 1).messages;
    const viaAlias = await observe(org, "ana", lateReply, "gmail", "18c2f0a1b2c3d4e5");
    expect(viaAlias.conversation.key).toBe(gmail.conversation.key);
  });

  it("lets a reply with truncated References join its thread through a known Message-ID", async () => {
    const { ids, messages } = makeThread(org.domain, customer, 4);
    const whole = await observe(org, "ana", messages);
    // A client that kept only the last reference: the root is missing from the header.
    const reply = {
      messageId: `<late-${ids[3]!.slice(1)}`,
      inReplyTo: ids[3],
      references: ids[3],
      from: customer,
      subject: "Re: still waiting",
      sentAt: new Date().toISOString(),
    };
    const joined = await observe(org, "ben", [reply]);
    expect(joined.conversation.key).toBe(whole.conversation.key);
    expect(joined.conversation.messageCount).toBe(5);
  });

  it("creates one conversation when two sidebars observe the same new thread at once", async () => {
    const { messages } = makeThread(org.domain, customer, 3);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call<ConversationResponse>(
          org.token(i % 2 === 0 ? "ana" : "ben"),
          "POST",
          "/conversations/observe",
          observeBody(org, messages, i % 2 === 0 ? "gmail" : "outlook"),
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    const keys = new Set(results.map((r) => r.body.conversation.key));
    expect(keys.size).toBe(1);
    const [key] = [...keys];
    expect(await eventCount(key!)).toBe(3);
    const messageDocs = await adminApp()
      .db.collection(`orgs/${org.org}/messages`)
      .where("conversationKey", "==", key)
      .get();
    expect(messageDocs.size).toBe(3);
  });

  it("refuses an unknown mailbox with 404 and writes nothing", async () => {
    const { messages } = makeThread(org.domain, customer, 1);
    const reply = await call(org.token("ana"), "POST", "/conversations/observe", {
      ...observeBody(org, messages),
      mailbox: `nobody@${org.domain}`,
    });
    expect(reply.status).toBe(404);
    const keys = await adminApp().db.collection(`orgs/${org.org}/messages`).get();
    expect(keys.docs.some((d) => d.id.includes(messages[0]!.messageId))).toBe(false);
  });

  it("shows a viewer a known thread but records nothing a viewer reports", async () => {
    const { ids, messages } = makeThread(org.domain, customer, 2);
    const unknown = await call<{ error: { code: string; message: string } }>(
      org.token("viewer"),
      "POST",
      "/conversations/observe",
      observeBody(org, messages),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: "not_found" });
    expect(unknown.body.error.message).toMatch(/^Baton has not recorded this conversation yet\./);

    const known = await observe(org, "ana", messages.slice(0, 1));
    const seen = await observe(org, "viewer", messages);
    expect(seen.conversation.key).toBe(known.conversation.key);
    expect(seen.conversation.messageCount).toBe(1);
    expect(seen.view.buttons.claim).toBe(false);
    const index = await adminApp()
      .db.doc(`orgs/${org.org}/messages/${messageKey(ownMessageId(ids[1]!)!)}`)
      .get();
    expect(index.exists).toBe(false);
  });
});
