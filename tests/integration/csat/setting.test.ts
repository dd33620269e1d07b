// The mailbox's survey setting through the API (issue 17): an admin turns CSAT on with PUT
// /mailboxes/{id}, a resolve then sends the survey; a PUT without `csat` (an older client) keeps it.
import type { ConversationResponse, MailboxResponse } from "@baton/shared";
import { ALWAYS_OPEN, createTestOrg, makeThread, observe, requestId, TEST_POLICY } from "../support/fixtures";
import { adminApp, apiBase, call } from "../support/stack";

const db = () => adminApp().db;

test("PUT /mailboxes/{id} turns the survey on (and a PUT without csat keeps it); a resolve then sends one, and the sidebar view shows the answer", async () => {
  const o = await createTestOrg("csat-setting", { admin: "admin", ana: "agent" });
  const body = {
    address: o.mailbox,
    name: "Support",
    policy: TEST_POLICY,
    calendar: ALWAYS_OPEN,
    routing: { agents: [], onCall: null },
  };
  const put = await call<MailboxResponse>(o.token("admin"), "PUT", "/mailboxes/support", {
    ...body,
    csat: { enabled: true, language: "nl" },
  });
  expect(put.status).toBe(200);
  expect(put.body.mailbox.csat).toEqual({ enabled: true, language: "nl" });

  // An older client's save carries no csat: the setting stays.
  const again = await call<MailboxResponse>(o.token("admin"), "PUT", "/mailboxes/support", body);
  expect(again.status).toBe(200);
  expect(again.body.mailbox.csat).toEqual({ enabled: true, language: "nl" });
  expect((await db().doc(`orgs/${o.org}/mailboxes/support`).get()).get("csat")).toEqual({
    enabled: true,
    language: "nl",
  });

  // An agent cannot turn it on or off.
  const agent = await call(o.token("ana"), "PUT", "/mailboxes/support", {
    ...body,
    csat: { enabled: false },
  });
  expect(agent.status).toBe(403);
  // A language Baton has no survey in is refused with a sentence.
  const bad = await call(o.token("admin"), "PUT", "/mailboxes/support", {
    ...body,
    csat: { enabled: true, language: "de" },
  });
  expect(bad.status).toBe(400);

  const { messages } = makeThread(o.domain, "klant@customer.test", 1);
  const key = (await observe(o, "ana", messages)).conversation.key;
  const resolved = await call<ConversationResponse>(o.token("ana"), "POST", `/conversations/${key}/status`, {
    status: "resolved",
    requestId: requestId(),
  });
  expect(resolved.status).toBe(200);
  const mail = await db()
    .collection("mail")
    .where("__name__", ">=", `${o.org}.csat.`)
    .where("__name__", "<", `${o.org}.csat.\uf8ff`)
    .get();
  expect(mail.docs).toHaveLength(1);
  expect(String(mail.docs[0]!.get("message.subject"))).toContain("Hoe hebben we het gedaan?");

  // Before an answer the view has no rating line; after the customer's click and comment, it does.
  const view = async () =>
    (await call<ConversationResponse>(o.token("ana"), "GET", `/conversations/${key}`)).body.view;
  expect((await view()).csatLine ?? null).toBeNull();
  const query = /\/csat\?(\S+)/.exec(String(mail.docs[0]!.get("message.text")))![1]!;
  const csat = (await apiBase()).replace(/\/api\/v1$/, "/csat");
  const token = new URLSearchParams(query).get("t")!;
  const answered = await fetch(csat, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ t: token, r: "4", comment: "Snel en vriendelijk" }).toString(),
  });
  expect(answered.status).toBe(200);
  expect((await view()).csatLine).toBe("Customer rated 4/5: “Snel en vriendelijk”");
});
