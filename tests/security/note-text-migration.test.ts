/**
 * Issue 11, item 3, for databases older than the fix: note events written before events stopped
 * carrying text still hold `body`, and every member may read the event log, so a note edited or
 * deleted long ago can still be read back from there. The one-off migration
 * (scripts/migrations/strip-note-text.ts) must take that text out of every such event, fill in the
 * `length` new events carry, leave new-style events alone, and find nothing on a second run.
 */
import type { DocumentReference } from "firebase-admin/firestore";
import { stripNoteText } from "../../scripts/migrations/strip-note-events";
import { createTestOrg, type TestOrg } from "../integration/support/fixtures";
import { adminApp } from "../integration/support/stack";

let org: TestOrg;
let oldAdded: DocumentReference;
let oldEdited: DocumentReference;
let newAdded: DocumentReference;
const lines: string[] = [];
const log = (line: string): void => {
  lines.push(line);
};

beforeAll(async () => {
  org = await createTestOrg("sec-note-migration", { ana: "agent" });
  const { db } = adminApp();
  const actor = org.email("ana");
  const at = Date.now() - 86_400_000;
  const conversation = (key: string) => db.doc(`orgs/${org.org}/conversations/${key}`);
  // Two conversations, so the walk has to page past the first one to find the second's events.
  await conversation("c1").set({ key: "c1", mailbox: "support" });
  await conversation("c2").set({ key: "c2", mailbox: "support" });
  oldAdded = conversation("c1").collection("events").doc("e1");
  oldEdited = conversation("c2").collection("events").doc("e2");
  newAdded = conversation("c2").collection("events").doc("e3");
  const note = { actor, noteId: "n1", mentions: [], redactions: 0 };
  // As written before the fix: the text in the log and no `length`.
  await oldAdded.set({ id: "e1", at, type: "note_added", ...note, body: "the door code is 4711" });
  await oldEdited.set({ id: "e2", at: at + 1, type: "note_edited", ...note, body: "no code here" });
  // As written since: no text.
  await newAdded.set({ id: "e3", at: at + 2, type: "note_added", ...note, noteId: "n2", length: 9 });
});

async function read(ref: DocumentReference): Promise<Record<string, unknown>> {
  return (await ref.get()).data() ?? {};
}

it("a dry run counts the old events and writes nothing", async () => {
  const summary = await stripNoteText(adminApp().db, { dryRun: true, org: org.org, log });
  expect(summary).toMatchObject({ conversations: 2, noteEvents: 3, withText: 2, stripped: 0 });
  // The text an edit or delete was meant to remove is readable in the log until the migration runs.
  expect((await read(oldAdded))["body"]).toBe("the door code is 4711");
});

it("strips body from old note events, fills in length, and leaves new ones alone", async () => {
  const before = await read(newAdded);
  // Page and batch size 1: every event is its own page and its own commit.
  const summary = await stripNoteText(adminApp().db, {
    dryRun: false,
    org: org.org,
    pageSize: 1,
    batchSize: 1,
    log,
  });
  expect(summary).toMatchObject({
    conversations: 2,
    noteEvents: 3,
    withText: 2,
    stripped: 2,
    lengthsAdded: 2,
  });
  const added = await read(oldAdded);
  const edited = await read(oldEdited);
  expect(added).not.toHaveProperty("body");
  expect(edited).not.toHaveProperty("body");
  // "the door code is 4711" is 21 characters, "no code here" 12.
  expect(added).toMatchObject({ type: "note_added", noteId: "n1", length: 21 });
  expect(edited).toMatchObject({ type: "note_edited", noteId: "n1", length: 12 });
  expect(await read(newAdded)).toEqual(before);
  expect(lines.some((line) => line.includes("stripped 2 of 2 note events with text"))).toBe(true);
});

it("a second run finds nothing and changes nothing", async () => {
  const snapshots = await Promise.all([oldAdded, oldEdited, newAdded].map((ref) => ref.get()));
  const summary = await stripNoteText(adminApp().db, { dryRun: false, org: org.org, log });
  expect(summary).toMatchObject({ noteEvents: 3, withText: 0, stripped: 0, lengthsAdded: 0 });
  const after = await Promise.all([oldAdded, oldEdited, newAdded].map((ref) => ref.get()));
  // Not rewritten at all, not merely rewritten with the same data.
  expect(after.map((s) => s.updateTime?.toMillis())).toEqual(snapshots.map((s) => s.updateTime?.toMillis()));
});
