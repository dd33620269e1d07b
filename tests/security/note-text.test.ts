/**
 * Issue 11, "note bodies live only where deleting or editing a note really removes the old text".
 * The attack: a member writes something they should not have (a door code, a customer's secret),
 * edits it out or deletes the note, and someone later reads the old words back from Firestore. The
 * event log used to carry every note's `body` for ever (`note_added`/`note_edited`), and every member
 * may read the log; so this suite writes, edits and deletes notes through the real API and then reads
 * every document of the org with the admin SDK, looking for the old words anywhere.
 */
import { randomBytes } from "node:crypto";
import type { ConversationResponse } from "@baton/shared";
import type { DocumentReference } from "firebase-admin/firestore";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "../integration/support/fixtures";
import { adminApp, call } from "../integration/support/stack";

let org: TestOrg;
let key: string;

beforeAll(async () => {
  org = await createTestOrg("sec-notes", { ana: "agent", lea: "lead" });
  key = (await observe(org, "ana", makeThread(org.domain, "c@customer.test", 2).messages)).conversation.key;
});

/** A word nothing else in the org could contain (digits become "x", so no redaction pattern masks it). */
function secretWord(label: string): string {
  return `${label}${randomBytes(6).toString("hex").replace(/\d/g, "x")}`;
}

/** Every document under `ref` (the org), at any depth, as path -> JSON of its fields. */
async function dumpTree(ref: DocumentReference): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const visit = async (document: DocumentReference): Promise<void> => {
    const snapshot = await document.get();
    if (snapshot.exists) out.set(document.path, JSON.stringify(snapshot.data()));
    for (const collection of await document.listCollections()) {
      for (const child of await collection.listDocuments()) await visit(child);
    }
  };
  await visit(ref);
  return out;
}

function holding(tree: Map<string, string>, text: string): string[] {
  return [...tree].filter(([, json]) => json.includes(text)).map(([path]) => path);
}

async function note(member: string, method: string, path: string, body?: string) {
  const reply = await call<ConversationResponse>(
    org.token(member),
    method,
    `/conversations/${key}/notes${path}`,
    body === undefined ? undefined : { body, requestId: requestId() },
  );
  expect(reply.status).toBe(200);
  return reply.body.conversation;
}

it("leaves no copy of an edited or deleted note's old text in any document of the org", async () => {
  const edited = secretWord("doorcode");
  const deleted = secretWord("password");
  const kept = secretWord("callback");

  const afterAdd = await note("ana", "POST", "", `The door code is ${edited}, cc @lea`);
  const firstId = afterAdd.notes.at(-1)!.id;
  await note("ana", "PATCH", `/${firstId}`, `Door code removed; ${kept} tomorrow`);
  const afterSecond = await note("ana", "POST", "", `Customer's password: ${deleted}`);
  const secondId = afterSecond.notes.at(-1)!.id;
  const final = await call<ConversationResponse>(
    org.token("ana"),
    "DELETE",
    `/conversations/${key}/notes/${secondId}?requestId=${requestId()}`,
  );
  expect(final.status).toBe(200);

  const { db } = adminApp();
  const tree = await dumpTree(db.doc(`orgs/${org.org}`));
  const conversationPath = `orgs/${org.org}/conversations/${key}`;
  const eventPaths = [...tree.keys()].filter((p) => p.startsWith(`${conversationPath}/events/`));
  const events = eventPaths.map((p) => JSON.parse(tree.get(p)!) as { type: string });

  // The search can find text, and everything it should look at is there: the current text in the
  // conversation document, the note events in the log, the conversation's metric facts and rollups.
  expect(holding(tree, kept)).toEqual([conversationPath]);
  expect(events.map((e) => e.type)).toEqual(
    expect.arrayContaining(["note_added", "note_edited", "note_deleted"]),
  );
  expect(tree.has(`orgs/${org.org}/metricFacts/${key}`)).toBe(true);
  expect([...tree.keys()].some((p) => p.startsWith(`orgs/${org.org}/rollups/`))).toBe(true);

  // The attack: the old words, read back from anywhere. Before, both were in the event log.
  expect(holding(tree, edited)).toEqual([]);
  expect(holding(tree, deleted)).toEqual([]);
  // The log still says who wrote, edited and deleted which note, and whom it mentioned.
  expect(events).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ type: "note_added", noteId: firstId, mentions: [org.email("lea")] }),
      expect.objectContaining({ type: "note_deleted", noteId: secondId }),
    ]),
  );
  expect(events.some((e) => "body" in e)).toBe(false);
});
