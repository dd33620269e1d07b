// Mentions that reach the person (issue 17): one email per note per newly mentioned member through
// the `mail` collection, an edit notifies only who it adds, and "Mentions for me" (GET
// /queue?mentions=me) lists a conversation until the member marks it read.
import type { ConversationResponse, QueueResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "../support/fixtures";
import { adminApp, call } from "../support/stack";

const db = () => adminApp().db;

/** The mention mail documents for this org, by recipient. */
async function mentionMail(
  org: string,
): Promise<Array<{ id: string; to: string[]; subject: string; text: string }>> {
  const snap = await db()
    .collection("mail")
    .where("__name__", ">=", `${org}.mention.`)
    .where("__name__", "<", `${org}.mention.\uf8ff`)
    .get();
  return snap.docs.map((d) => ({
    id: d.id,
    to: d.get("to") as string[],
    subject: String(d.get("message.subject")),
    text: String(d.get("message.text")),
  }));
}

async function note(o: TestOrg, who: string, key: string, body: string): Promise<ConversationResponse> {
  const reply = await call<ConversationResponse>(o.token(who), "POST", `/conversations/${key}/notes`, {
    body,
    requestId: requestId(),
  });
  expect(reply.status).toBe(200);
  return reply.body;
}

async function mentionsForMe(o: TestOrg, who: string): Promise<string[]> {
  const reply = await call<QueueResponse>(o.token(who), "GET", "/queue?mentions=me");
  expect(reply.status).toBe(200);
  return reply.body.items.map((i) => i.key);
}

test("one notice per note per member; an edit notifies only the member it adds; read hides it from mentions=me", async () => {
  const o = await createTestOrg("mentions", { ana: "agent", ben: "agent", cy: "agent" });
  const { messages } = makeThread(o.domain, "carla@customer.test", 1);
  const key = (await observe(o, "ana", messages, "gmail", `thread-${Date.now()}`)).conversation.key;

  // Ana mentions Ben twice in one note, and herself: Ben gets exactly one email; Ana none.
  const first = await note(o, "ana", key, "@ben can you check the invoice? cc @ben and @ana");
  let mail = await mentionMail(o.org);
  expect(mail.map((m) => m.to)).toEqual([[o.email("ben")]]);
  expect(mail[0]!.subject).toContain("Ana mentioned you");
  // A Gmail conversation links to the thread in Gmail by its Message-ID.
  expect(mail[0]!.text).toContain("https://mail.google.com/mail/u/0/#search/rfc822msgid%3A");
  // The note's text is not in the email (it can hold what redaction missed).
  expect(mail[0]!.text).not.toContain("invoice");

  // Editing the note to add Cy notifies Cy only; Ben is not told again.
  const noteId = first.conversation.notes.at(-1)!.id;
  const edited = await call(o.token("ana"), "PATCH", `/conversations/${key}/notes/${noteId}`, {
    body: "@ben can you check the invoice? and @cy too",
    requestId: requestId(),
  });
  expect(edited.status).toBe(200);
  mail = await mentionMail(o.org);
  expect(mail.map((m) => m.to[0]).sort()).toEqual([o.email("ben"), o.email("cy")]);

  // A second note mentioning Ben is a new notice.
  await note(o, "cy", key, "thanks @ben");
  expect((await mentionMail(o.org)).filter((m) => m.to[0] === o.email("ben"))).toHaveLength(2);

  // Mentions for me: listed until read, and only for the caller.
  expect(await mentionsForMe(o, "ben")).toEqual([key]);
  expect(await mentionsForMe(o, "ana")).toEqual([]);
  const read = await call(o.token("ben"), "POST", `/conversations/${key}/mentions/read`, {});
  expect(read.status).toBe(200);
  expect(await mentionsForMe(o, "ben")).toEqual([]);
  // Cy's list is untouched by Ben's marker.
  expect(await mentionsForMe(o, "cy")).toEqual([key]);

  // A later mention makes it unread again.
  await new Promise((r) => setTimeout(r, 5));
  await note(o, "ana", key, "one more thing @ben");
  expect(await mentionsForMe(o, "ben")).toEqual([key]);
});
