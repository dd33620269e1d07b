// Issue 18, notifications in the reader's language against the emulators: a mention mail is written in
// the mentioned member's own language, else their mailbox's, else English; an SLA notice to several
// people goes out as one mail per language (English under the id it always had), and the survey page
// is covered in Dutch by ../csat/survey.test.ts.
import type { ConversationResponse } from "@baton/shared";
import { queueEmail } from "../../../backend/src/notify/email";
import { notice } from "../../../backend/test/notify/notice";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "../support/fixtures";
import { adminApp, call } from "../support/stack";

const db = () => adminApp().db;

let o: TestOrg;
beforeAll(async () => {
  o = await createTestOrg("notifylang", { ana: "agent", ben: "agent", cy: "agent", dee: "agent" });
  // Ben reads Dutch, Dee chose English; Cy never chose.
  expect((await call(o.token("ben"), "PUT", "/me/language", { language: "nl" })).status).toBe(200);
  expect((await call(o.token("dee"), "PUT", "/me/language", { language: "en" })).status).toBe(200);
});

async function mentionMailTo(member: string): Promise<{ subject: string; text: string }[]> {
  const snap = await db()
    .collection("mail")
    .where("__name__", ">=", `${o.org}.mention.`)
    .where("__name__", "<", `${o.org}.mention.\uf8ff`)
    .get();
  return snap.docs
    .filter((d) => (d.get("to") as string[]).includes(member))
    .map((d) => ({ subject: String(d.get("message.subject")), text: String(d.get("message.text")) }));
}

async function note(key: string, body: string): Promise<void> {
  const reply = await call<ConversationResponse>(o.token("ana"), "POST", `/conversations/${key}/notes`, {
    body,
    requestId: requestId(),
  });
  expect(reply.status).toBe(200);
}

test("a mention mail in the member's language, else the mailbox's, else English", async () => {
  const { messages } = makeThread(o.domain, "klant@customer.test", 1);
  const key = (await observe(o, "ana", messages)).conversation.key;

  await note(key, "@ben @cy kunnen jullie kijken?");
  const [ben] = await mentionMailTo(o.email("ben"));
  expect(ben?.subject).toMatch(/^Ana noemde je: /);
  expect(ben?.text).toContain("Open het gesprek: ");
  const [cy] = await mentionMailTo(o.email("cy"));
  expect(cy?.subject).toMatch(/^Ana mentioned you: /);

  // The mailbox works in Dutch (its survey language): Cy, who never chose, now reads Dutch; Dee, who
  // chose English, still reads English.
  await db()
    .doc(`orgs/${o.org}/mailboxes/support`)
    .update({ csat: { enabled: false, language: "nl" } });
  await note(key, "@cy @dee nog een keer");
  const cyMails = await mentionMailTo(o.email("cy"));
  expect(cyMails.map((m) => m.subject.split(":")[0]).sort()).toEqual(["Ana mentioned you", "Ana noemde je"]);
  const [dee] = await mentionMailTo(o.email("dee"));
  expect(dee?.subject).toMatch(/^Ana mentioned you: /);
  await db()
    .doc(`orgs/${o.org}/mailboxes/support`)
    .update({ csat: { enabled: false, language: "en" } });
});

test("an SLA notice to several people: one mail per language, each to its readers", async () => {
  const sla = notice({
    org: o.org,
    eventId: `sla.lang.${Date.now()}`,
    recipients: [o.email("ben"), o.email("cy"), o.email("dee")],
  });
  await queueEmail(db(), sla);
  // A retry writes nothing twice.
  await queueEmail(db(), sla);
  const english = await db().doc(`mail/${o.org}.${sla.eventId}`).get();
  const dutch = await db().doc(`mail/${o.org}.${sla.eventId}.nl`).get();
  expect(english.get("to")).toEqual([o.email("cy"), o.email("dee")]);
  expect(String(english.get("message.subject"))).toContain("First response SLA breached at Mon");
  expect(dutch.get("to")).toEqual([o.email("ben")]);
  expect(String(dutch.get("message.subject"))).toContain("Eerste reactie: SLA overschreden om ma");
  expect(String(dutch.get("message.text"))).toContain("Gemeld aan: ");
});
