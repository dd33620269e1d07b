import type { ConversationCommand } from "./commands";
import { MAX_RECENT_REQUEST_IDS } from "./limits";
import type { Role } from "../permissions";
import {
  addNote,
  ana,
  ben,
  editNote,
  claim,
  fresh,
  given,
  refusal,
  release,
  rid,
  step,
  tag,
} from "../../test/conversation/harness";

describe("decide: idempotency", () => {
  it("turns a repeated request id into a no-op, even when the state moved on", () => {
    const command = claim();
    const claimed = step(fresh(), command, ana).state;
    expect(claimed.recentRequestIds).toContain(command.requestId);
    // Ana's retry after a lost response must succeed silently, not report already_claimed.
    expect(step(claimed, command, ana).events).toEqual([]);
    const released = step(claimed, release(), ana).state;
    expect(step(released, command, ana).events).toEqual([]);
    // Even another actor re-sending the id (a proxy retry) does nothing.
    expect(step(claimed, command, ben).events).toEqual([]);
  });

  it("stamps every event of one command with its request id and remembers it once", () => {
    const command = tag(["a", "b", "c"]);
    const { state, events } = step(fresh(), command, ana);
    expect(events.map((e) => e.requestId)).toEqual([command.requestId, command.requestId, command.requestId]);
    expect(state.recentRequestIds.filter((r) => r === command.requestId)).toHaveLength(1);
  });

  it(`remembers only the last ${MAX_RECENT_REQUEST_IDS} request ids`, () => {
    let s = fresh();
    const first = addNote("note 0");
    s = step(s, first, ana).state;
    // Edits of one note: a conversation holds at most 100 notes, and this needs 101 requests.
    const noteId = s.notes[0]?.id ?? "";
    for (let i = 1; i <= MAX_RECENT_REQUEST_IDS; i++) s = step(s, editNote(noteId, `note ${i}`), ana).state;
    expect(s.recentRequestIds).toHaveLength(MAX_RECENT_REQUEST_IDS);
    expect(s.recentRequestIds).not.toContain(first.requestId);
  });

  it("gives every event a fresh id", () => {
    const { events } = step(fresh(), tag(["a", "b"]), ana);
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
  });
});

describe("decide: guards", () => {
  it("refuses a missing or oversized request id", () => {
    expect(refusal(fresh(), { type: "claim", requestId: " " }, ana).code).toBe("invalid_request");
    expect(refusal(fresh(), { type: "claim", requestId: "r".repeat(129) }, ana).code).toBe("invalid_request");
  });

  it("refuses an actor without email or with an unknown role", () => {
    expect(refusal(fresh(), claim(), { email: "", role: "agent" }).code).toBe("forbidden");
    expect(refusal(fresh(), claim(), { email: "x@y", role: "owner" as Role }).code).toBe("forbidden");
  });

  it("refuses anything but record_message on a conversation that does not exist", () => {
    for (const command of [claim(), addNote("x"), tag(["a"])] as ConversationCommand[]) {
      expect(refusal(null, command, ana).code).toBe("not_found");
    }
  });

  it("is pure: the input state is not modified", () => {
    const s = given([claim(), ana]);
    const before = JSON.stringify(s);
    step(s, release(), ana);
    step(s, tag(["x"]), ana);
    expect(JSON.stringify(s)).toBe(before);
  });

  it("carries the clock it was given", () => {
    const { events } = step(fresh(), { type: "claim", requestId: rid() }, ana, { nowMs: 1234 });
    expect(events[0]?.at).toBe(1234);
  });
});
