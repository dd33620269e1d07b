// Mailbox visibility (issue 19 item 6): with the org setting mailboxVisibility "members", an agent a
// mailbox does not list does not see its conversations: not in their queue, and a direct GET answers
// 404 exactly as for a conversation that does not exist. With "all" (the default) everyone sees them.
import type { ConversationResponse, QueueResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

interface ErrorReply {
  error: { code: string; message: string };
}

describe("mailbox visibility", () => {
  let org: TestOrg;
  let key: string;

  beforeAll(async () => {
    org = await createTestOrg("visible", { adam: "admin", lead: "lead", ana: "agent", ben: "agent" });
    // Set before the org's first request, so no cached directory holds the old routing.
    await adminApp()
      .db.doc(`orgs/${org.org}/mailboxes/support`)
      .update({ routing: { agents: [org.email("ben")], onCall: null } });
    const { messages } = makeThread(org.domain, `dan@customer-${org.org}.test`, 1, Date.now() - 60_000);
    key = (await observe(org, "lead", messages)).conversation.key;
  });

  // Through the API, so the instance that answers next has forgotten its cached setting.
  async function setVisibility(mailboxVisibility: "all" | "members"): Promise<void> {
    const saved = await call(org.token("adam"), "PUT", "/org/settings", {
      redaction: { cards: true, ibans: true, patterns: [] },
      retentionDays: null,
      mailboxVisibility,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ mailboxVisibility });
  }

  async function queueKeys(who: string): Promise<string[]> {
    const queue = await call<QueueResponse>(org.token(who), "GET", "/queue?limit=100");
    expect(queue.status).toBe(200);
    return queue.body.items.map((item) => item.key);
  }

  const getConversation = (who: string) =>
    call<ConversationResponse | ErrorReply>(org.token(who), "GET", `/conversations/${key}`);

  it('with "members", hides the mailbox from an unlisted agent: not queued, 404 as if absent', async () => {
    await setVisibility("members");
    expect(await queueKeys("ana")).not.toContain(key);
    const hidden = await getConversation("ana");
    const absent = await call<ErrorReply>(org.token("ana"), "GET", "/conversations/c_nosuchthread0");
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(absent.body);
    expect((await call(org.token("ana"), "GET", `/conversations/${key}/sla`)).status).toBe(404);
    const claim = await call<ErrorReply>(org.token("ana"), "POST", `/conversations/${key}/claim`, {
      requestId: requestId(),
    });
    expect(claim.status).toBe(404);
    expect(claim.body.error.code).toBe("not_found");
  });

  it('with "members", the listed agent and a lead still see it', async () => {
    await setVisibility("members");
    for (const who of ["ben", "lead"]) {
      expect(await queueKeys(who)).toContain(key);
      expect((await getConversation(who)).status).toBe(200);
    }
  });

  it('with "all", the unlisted agent sees it too', async () => {
    await setVisibility("all");
    expect(await queueKeys("ana")).toContain(key);
    expect((await getConversation("ana")).status).toBe(200);
  });
});
