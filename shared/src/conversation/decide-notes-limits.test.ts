import { decide } from "./decide";
import { applyEvents } from "./apply-event";
import {
  MAX_DELETED_NOTE_IDS,
  MAX_MENTIONS_PER_NOTE,
  MAX_MESSAGE_IDS_TOTAL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_NOTES_PER_CONVERSATION,
  MAX_NOTES_TOTAL_LENGTH,
} from "./limits";
import type { Conversation } from "./types";
import {
  addNote,
  ana,
  ben,
  deleteNote,
  editNote,
  fresh,
  inbound,
  newId,
  refusal,
  step,
  T0,
} from "../../test/conversation/harness";

/** A conversation holding `count` notes by Ana of `length` characters each. */
function withNotes(count: number, length: number): Conversation {
  let state = fresh();
  for (let i = 0; i < count; i++) state = step(state, addNote(`${i} `.padEnd(length, "é")), ana).state;
  return state;
}

describe("notes a conversation can hold", () => {
  it(`keeps ${MAX_NOTES_PER_CONVERSATION} notes and refuses the next with a sentence`, () => {
    const full = withNotes(MAX_NOTES_PER_CONVERSATION, 20);
    expect(full.notes).toHaveLength(MAX_NOTES_PER_CONVERSATION);
    expect(refusal(full, addNote("one more"), ben)).toMatchObject({
      code: "invalid_request",
      message: `This conversation holds ${MAX_NOTES_PER_CONVERSATION} notes, the most it can; delete a note before adding another.`,
    });
    // Deleting one makes room again, and editing a kept note still works when the count is full.
    const first = full.notes[0]!;
    expect(step(full, editNote(first.id, "shorter"), ana).state.notes[0]?.body).toBe("shorter");
    const room = step(full, deleteNote(first.id), ana).state;
    expect(step(room, addNote("one more"), ben).state.notes).toHaveLength(MAX_NOTES_PER_CONVERSATION);
  });

  it(`refuses a note that would take all notes past ${MAX_NOTES_TOTAL_LENGTH} characters`, () => {
    // Ten notes of the longest kind fill the total exactly (10 x 10,000 = 100,000).
    const count = MAX_NOTES_TOTAL_LENGTH / MAX_NOTE_LENGTH;
    const full = withNotes(count, MAX_NOTE_LENGTH);
    expect(full.notes.reduce((sum, n) => sum + n.body.length, 0)).toBe(MAX_NOTES_TOTAL_LENGTH);
    expect(refusal(full, addNote("x"), ben)).toMatchObject({
      code: "invalid_request",
      message:
        "This conversation's notes can hold 100,000 characters in all, and 0 are left; shorten this note or delete another first.",
    });
  });

  it("refuses an edit that lengthens past the total, allows one that shortens or keeps within it", () => {
    const full = withNotes(MAX_NOTES_TOTAL_LENGTH / MAX_NOTE_LENGTH, MAX_NOTE_LENGTH);
    const shortened = step(full, editNote(full.notes[0]!.id, "short"), ana).state;
    // 5 characters used by the first note, 9,995 free: a note may grow back to 10,000 but no further.
    const grown = step(shortened, editNote(shortened.notes[0]!.id, "y".repeat(MAX_NOTE_LENGTH)), ana);
    expect(grown.state.notes[0]?.body).toHaveLength(MAX_NOTE_LENGTH);
    expect(refusal(grown.state, addNote("z"), ana).code).toBe("invalid_request");
    expect(refusal(shortened, addNote("z".repeat(9_996)), ana).message).toContain("9,995 are left");
  });

  it("lets a conversation stored over the caps (written before them) shrink but not grow", () => {
    const over = withNotes(3, 50);
    const legacy: Conversation = {
      ...over,
      notes: over.notes.map((n) => ({ ...n, body: "w".repeat(MAX_NOTES_TOTAL_LENGTH) })),
    };
    const first = legacy.notes[0]!;
    expect(step(legacy, editNote(first.id, "now short"), ana).state.notes[0]?.body).toBe("now short");
    expect(refusal(legacy, addNote("more"), ana).code).toBe("invalid_request");
    expect(step(legacy, deleteNote(first.id), ana).state.notes).toHaveLength(2);
  });
});

describe("mentions one note may carry", () => {
  const members = Array.from({ length: MAX_MENTIONS_PER_NOTE + 1 }, (_, i) => `m${i}@demo.baton.test`);
  const mentioning = (n: number) =>
    members
      .slice(0, n)
      .map((m) => `@${m.split("@")[0]}`)
      .join(" ");

  it(`keeps ${MAX_MENTIONS_PER_NOTE} mentions and refuses more with a sentence`, () => {
    const ok = decide(fresh(), addNote(mentioning(MAX_MENTIONS_PER_NOTE)), ana, T0, newId, { members });
    expect("events" in ok && ok.events[0]).toMatchObject({
      mentions: members.slice(0, MAX_MENTIONS_PER_NOTE),
    });
    const over = decide(fresh(), addNote(mentioning(MAX_MENTIONS_PER_NOTE + 1)), ana, T0, newId, { members });
    expect(over).toMatchObject({
      code: "invalid_request",
      message: `A note can mention at most ${MAX_MENTIONS_PER_NOTE} members; this one mentions ${MAX_MENTIONS_PER_NOTE + 1}.`,
    });
  });
});

describe("lists the document keeps bounded", () => {
  it(`keeps the newest ${MAX_DELETED_NOTE_IDS} deleted note ids`, () => {
    let state = fresh();
    for (let i = 0; i < MAX_DELETED_NOTE_IDS + 5; i++) {
      const added = step(state, addNote(`note ${i}`), ana).state;
      state = step(added, deleteNote(added.notes[0]!.id), ana).state;
    }
    expect(state.deletedNoteIds).toHaveLength(MAX_DELETED_NOTE_IDS);
  });

  it(`keeps Message-IDs within ${MAX_MESSAGE_IDS_TOTAL_LENGTH} characters, newest first`, () => {
    let state = fresh();
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const id = `${String(i).padStart(3, "0")}${"i".repeat(990)}@example.com`;
      ids.push(id);
      const decision = decide(state, inbound(`<${id}>`), ana, T0, newId, {});
      if (!("events" in decision)) throw new Error(decision.message);
      state = applyEvents(state, decision.events);
    }
    const kept = state.messageIds ?? [];
    expect(kept.reduce((sum, id) => sum + id.length, 0)).toBeLessThanOrEqual(MAX_MESSAGE_IDS_TOTAL_LENGTH);
    expect(kept.at(-1)).toBe(ids.at(-1));
    // 1,005 characters each: 29 fit in 30,000.
    expect(kept).toHaveLength(29);
  });
});
