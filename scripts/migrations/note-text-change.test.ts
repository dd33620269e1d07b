import { noteTextChange } from "./note-text-change";

const base = {
  id: "e1",
  at: 1_700_000_000_000,
  actor: "ana@acme.test",
  noteId: "n1",
  mentions: [],
  redactions: 0,
};

describe("noteTextChange", () => {
  it("strips the body of an old note_added and fills in its length", () => {
    expect(noteTextChange({ ...base, type: "note_added", body: "door code 4711" })).toEqual({ length: 14 });
  });

  it("strips the body of an old note_edited and fills in its length", () => {
    expect(noteTextChange({ ...base, type: "note_edited", body: "fixed" })).toEqual({ length: 5 });
  });

  it("counts length as the domain does, in UTF-16 code units", () => {
    // "é" is one unit, the emoji two (a surrogate pair): 1 + 1 + 2 = 4.
    expect(noteTextChange({ ...base, type: "note_added", body: "é 👍" })).toEqual({ length: 4 });
  });

  it("keeps a length the event already has and only strips the body", () => {
    expect(noteTextChange({ ...base, type: "note_added", body: "abc", length: 3 })).toEqual({});
  });

  it("strips a body that is not a string without inventing a length", () => {
    expect(noteTextChange({ ...base, type: "note_added", body: null })).toEqual({});
  });

  it("leaves a new-style note event alone, so a re-run changes nothing", () => {
    expect(noteTextChange({ ...base, type: "note_added", length: 3 })).toBeNull();
    expect(noteTextChange({ ...base, type: "note_edited", length: 3 })).toBeNull();
  });

  it("leaves other event types alone even when they have a body field", () => {
    expect(noteTextChange({ ...base, type: "note_deleted" })).toBeNull();
    expect(noteTextChange({ ...base, type: "message_received", body: "not a note" })).toBeNull();
  });
});
