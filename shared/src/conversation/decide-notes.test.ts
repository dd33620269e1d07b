import { MAX_NOTE_LENGTH } from "./limits";
import {
  adam,
  addNote,
  ana,
  ben,
  deleteNote,
  editNote,
  fresh,
  lea,
  MINUTE,
  refusal,
  step,
  T0,
  vic,
} from "../../test/conversation/harness";

function withNoteBy(actor = ana) {
  const { state, events } = step(fresh(), addNote("Called the courier, @ben please follow up"), actor);
  const first = events[0];
  if (first?.type !== "note_added") throw new Error("expected note_added");
  return { state, noteId: first.noteId };
}

describe("add_note", () => {
  it("adds a trimmed note with resolved mentions", () => {
    const { state, noteId } = withNoteBy(ana);
    expect(state.notes).toEqual([
      {
        id: noteId,
        author: ana.email,
        body: "Called the courier, @ben please follow up",
        mentions: ["ben@demo.baton.test"],
        createdAt: T0,
        editedAt: null,
      },
    ]);
  });

  it("redacts the body before it is stored when the org asks for it", () => {
    const { state, events } = step(fresh(), addNote("card 4242 4242 4242 4242 for @lea"), ana, {
      redaction: { cards: true, ibans: true },
    });
    expect(state.notes[0]?.body).toBe("card •••• •••• •••• 4242 for @lea");
    // "card •••• •••• •••• 4242 for @lea" is 33 characters.
    expect(events).toMatchObject([{ type: "note_added", redactions: 1, mentions: [lea.email], length: 33 }]);
  });

  it("keeps the text out of the event: only the decision's noteTexts carry it, to the projection", () => {
    const { events, noteTexts } = step(fresh(), addNote("the door code is 4711"), ana);
    const [event] = events;
    expect(event).not.toHaveProperty("body");
    expect(JSON.stringify(events)).not.toContain("4711");
    expect(noteTexts).toEqual({
      [event?.type === "note_added" ? event.noteId : ""]: "the door code is 4711",
    });
  });

  it("refuses an empty or oversized note", () => {
    expect(refusal(fresh(), addNote("  \n "), ana).code).toBe("invalid_request");
    expect(refusal(fresh(), addNote("x".repeat(MAX_NOTE_LENGTH + 1)), ana).code).toBe("invalid_request");
  });

  it("refuses a viewer", () => {
    expect(refusal(fresh(), addNote("hi"), vic).code).toBe("forbidden");
  });
});

describe("edit_note", () => {
  it("lets the author edit, updating body, mentions and editedAt", () => {
    const { state, noteId } = withNoteBy(ana);
    const edited = step(state, editNote(noteId, "Courier found it, thanks @lea"), ana, {
      nowMs: T0 + MINUTE,
    });
    expect(edited.state.notes[0]).toMatchObject({
      body: "Courier found it, thanks @lea",
      mentions: [lea.email],
      editedAt: T0 + MINUTE,
      createdAt: T0,
    });
  });

  it("leaves neither the old nor the new text in the edit's event", () => {
    const { state, noteId } = withNoteBy(ana);
    const edited = step(state, editNote(noteId, "door code 4711"), ana);
    expect(edited.events).toMatchObject([{ type: "note_edited", noteId, mentions: [], length: 14 }]);
    expect(JSON.stringify(edited.events)).not.toMatch(/4711|courier/);
    expect(edited.noteTexts).toEqual({ [noteId]: "door code 4711" });
  });

  it("is a no-op when the body does not change", () => {
    const { state, noteId } = withNoteBy(ana);
    expect(step(state, editNote(noteId, " Called the courier, @ben please follow up "), ana).events).toEqual(
      [],
    );
  });

  it("refuses editing someone else's note, even for an admin", () => {
    const { state, noteId } = withNoteBy(ana);
    expect(refusal(state, editNote(noteId, "rewritten"), ben)).toMatchObject({
      code: "invalid_transition",
      details: { author: ana.email },
    });
    expect(refusal(state, editNote(noteId, "rewritten"), adam).code).toBe("invalid_transition");
  });

  it("refuses an unknown note, a deleted note and an empty body", () => {
    const { state, noteId } = withNoteBy(ana);
    expect(refusal(state, editNote("nope", "x"), ana).code).toBe("not_found");
    expect(refusal(state, editNote(noteId, " "), ana).code).toBe("invalid_request");
    const deleted = step(state, deleteNote(noteId), ana).state;
    expect(refusal(deleted, editNote(noteId, "again"), ana).code).toBe("invalid_transition");
  });
});

describe("delete_note", () => {
  it("lets the author delete their note", () => {
    const { state, noteId } = withNoteBy(ana);
    const deleted = step(state, deleteNote(noteId), ana);
    expect(deleted.events).toMatchObject([{ type: "note_deleted", noteId }]);
    expect(deleted.state.notes).toEqual([]);
    expect(deleted.state.deletedNoteIds).toEqual([noteId]);
  });

  it("refuses an agent deleting someone else's note but lets a lead", () => {
    const { state, noteId } = withNoteBy(ana);
    expect(refusal(state, deleteNote(noteId), ben)).toMatchObject({
      code: "forbidden",
      details: { action: "delete_any_note" },
    });
    expect(step(state, deleteNote(noteId), lea).state.notes).toEqual([]);
  });

  it("is a no-op for an already deleted note and not_found for an unknown one", () => {
    const { state, noteId } = withNoteBy(ana);
    const deleted = step(state, deleteNote(noteId), ana).state;
    expect(step(deleted, deleteNote(noteId), ana).events).toEqual([]);
    expect(refusal(deleted, deleteNote("nope"), ana).code).toBe("not_found");
  });

  it("refuses a viewer", () => {
    const { state, noteId } = withNoteBy(ana);
    expect(refusal(state, deleteNote(noteId), vic).code).toBe("forbidden");
  });
});
