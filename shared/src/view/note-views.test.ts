import type { Note } from "../conversation/types";
import { nameLookup } from "./member-names";
import { noteViews } from "./note-views";
import { MINUTE, MON, ZONE, ams, members } from "../../test/view/fixtures";

const nameOf = nameLookup(members);
const now = ams(MON, 12);
const notes: Note[] = [
  {
    id: "n1",
    author: "ben@demo.baton.test",
    body: "Asked @ana@demo.baton.test",
    mentions: ["ana@demo.baton.test"],
    createdAt: now - 5 * MINUTE,
    editedAt: null,
  },
  {
    id: "n2",
    author: "ana@demo.baton.test",
    body: "On it",
    mentions: [],
    createdAt: now - 30_000,
    editedAt: now - 10_000,
  },
];

describe("noteViews", () => {
  it("names authors and mentions and says when", () => {
    const [bens, anas] = noteViews(notes, { email: "ana@demo.baton.test", role: "agent" }, nameOf, now, ZONE);
    expect(bens).toMatchObject({
      authorName: "Ben",
      mentionNames: ["Ana"],
      when: "5 min ago",
      editable: false,
      deletable: false,
    });
    expect(anas).toMatchObject({
      authorName: "You",
      when: "just now",
      editable: true,
      deletable: true,
      editedAt: now - 10_000,
    });
  });

  it("lets leads delete anyone's note but edit only their own", () => {
    const [bens] = noteViews(notes, { email: "lead@demo.baton.test", role: "lead" }, nameOf, now, ZONE);
    expect(bens).toMatchObject({ editable: false, deletable: true });
  });

  it("gives viewers read-only notes", () => {
    const views = noteViews(notes, { email: "ana@demo.baton.test", role: "viewer" }, nameOf, now, ZONE);
    expect(views.map((view) => [view.editable, view.deletable])).toEqual([
      [false, false],
      [false, false],
    ]);
  });
});
