// Mailbox membership decides who can claim and be assigned (issue 19): "A Billing thread was claimed
// by Ana, who is not among Billing's agents." A mailbox that lists agents keeps its conversations to
// them (and to leads and admins); everyone else is refused with a sentence saying what to do.
import type { ConversationResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "./support/fixtures";
import { adminApp, call } from "./support/stack";

interface ErrorReply {
  error: { code: string; message: string };
}

describe("mailbox membership", () => {
  let org: TestOrg;

  beforeAll(async () => {
    org = await createTestOrg("members", { lead: "lead", ana: "agent", ben: "agent" });
    // Set before the org's first request, so no cached directory holds the old routing.
    await adminApp()
      .db.doc(`orgs/${org.org}/mailboxes/support`)
      .update({ routing: { agents: [org.email("ben")], onCall: null } });
  });

  async function newConversation(): Promise<string> {
    const { messages } = makeThread(org.domain, `dan@customer-${org.org}.test`, 1, Date.now() - 60_000);
    return (await observe(org, "lead", messages)).conversation.key;
  }

  const claim = (who: string, key: string) =>
    call<ConversationResponse | ErrorReply>(org.token(who), "POST", `/conversations/${key}/claim`, {
      requestId: requestId(),
    });

  it("refuses a claim by an agent the mailbox does not list, saying what to do", async () => {
    const key = await newConversation();
    const refused = await claim("ana", key);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: {
        code: "forbidden",
        message: "You are not an agent of Support; an admin can add you in Settings → Mailboxes.",
      },
    });
    const doc = await adminApp().db.doc(`orgs/${org.org}/conversations/${key}`).get();
    expect(doc.get("assignee")).toBeNull();
    expect((await claim("ben", key)).status).toBe(200);
  });

  it("refuses assigning to an unlisted agent, and lets a lead take it over", async () => {
    const key = await newConversation();
    const toAna = await call<ErrorReply>(org.token("lead"), "POST", `/conversations/${key}/assign`, {
      assignee: org.email("ana"),
      requestId: requestId(),
    });
    expect(toAna.status).toBe(403);
    expect(toAna.body.error.message).toBe(
      "Ana is not an agent of Support; an admin can add them in Settings → Mailboxes.",
    );
    const toLead = await call<ConversationResponse>(
      org.token("lead"),
      "POST",
      `/conversations/${key}/assign`,
      {
        assignee: org.email("lead"),
        requestId: requestId(),
      },
    );
    expect(toLead.status).toBe(200);
    expect(toLead.body.conversation.assignee).toBe(org.email("lead"));
  });
});
