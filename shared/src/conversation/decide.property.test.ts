import fc from "fast-check";
import { isDomainError } from "../errors";
import { applyEvents } from "./apply-event";
import type { Actor, ConversationCommand } from "./commands";
import { decide } from "./decide";
import { emptyConversation } from "./empty-conversation";
import { MAX_RECENT_REQUEST_IDS, MAX_TAGS } from "./limits";
import { project } from "./project";
import { adam, ana, ben, lea, MEMBERS, MINUTE, T0, vic } from "../../test/conversation/harness";
import { PRIORITIES, STATUSES, type Conversation, type ConversationEvent, type NoteTexts } from "./types";

const ACTORS: Actor[] = [ana, ben, lea, adam, vic];
const TAGS = ["billing", "vip", "bug", "refund", "t1", "t2"];

/** A command minus its request id; note ids are picked by index among the notes known so far. */
const commandArb = fc.oneof(
  fc.constant({ type: "claim" as const }),
  fc.constant({ type: "release" as const }),
  fc.record({ type: fc.constant("assign" as const), assignee: fc.constantFrom(...MEMBERS) }),
  fc.record({
    type: fc.constant("set_status" as const),
    status: fc.constantFrom(...STATUSES),
    snoozeIn: fc.option(fc.integer({ min: -10, max: 600 }), { nil: undefined }),
  }),
  fc.record({ type: fc.constant("set_priority" as const), priority: fc.constantFrom(...PRIORITIES) }),
  fc.record({
    type: fc.constant("tag" as const),
    add: fc.subarray(TAGS, { maxLength: 3 }),
    remove: fc.subarray(TAGS, { maxLength: 2 }),
  }),
  fc.record({
    type: fc.constant("add_note" as const),
    body: fc.constantFrom("hi @ana", "see @lea", " ", "ok"),
  }),
  fc.record({
    type: fc.constant("edit_note" as const),
    note: fc.nat(5),
    body: fc.constantFrom("edited", "@ben"),
  }),
  fc.record({ type: fc.constant("delete_note" as const), note: fc.nat(5) }),
  fc.record({
    type: fc.constant("record_message" as const),
    direction: fc.constantFrom("inbound" as const, "outbound" as const),
    msg: fc.nat(8),
  }),
);

const stepArb = fc.record({
  command: commandArb,
  actor: fc.constantFrom(...ACTORS),
  advance: fc.integer({ min: 0, max: 120 }),
  /** Replay an earlier request id instead of a fresh one (a client retry). */
  replay: fc.option(fc.nat(), { nil: undefined }),
});

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function toCommand(step: Step, requestId: string, nowMs: number, noteIds: string[]): ConversationCommand {
  const c = step.command;
  switch (c.type) {
    case "claim":
    case "release":
      return { type: c.type, requestId };
    case "assign":
      return { type: "assign", assignee: c.assignee, requestId };
    case "set_status":
      return c.snoozeIn === undefined
        ? { type: "set_status", status: c.status, requestId }
        : { type: "set_status", status: c.status, snoozedUntil: nowMs + c.snoozeIn * MINUTE, requestId };
    case "set_priority":
      return { type: "set_priority", priority: c.priority, requestId };
    case "tag":
      return { type: "tag", add: c.add, remove: c.remove, requestId };
    case "add_note":
      return { type: "add_note", body: c.body, requestId };
    case "edit_note":
      return { type: "edit_note", noteId: noteIds[c.note] ?? "missing", body: c.body, requestId };
    case "delete_note":
      return { type: "delete_note", noteId: noteIds[c.note] ?? "missing", requestId };
    case "record_message":
      return {
        type: "record_message",
        messageId: `<m${c.msg}@example.com>`,
        direction: c.direction,
        from: "customer@example.com",
        subject: `subject ${c.msg}`,
        sentAt: nowMs,
        requestId,
      };
  }
}

interface Run {
  state: Conversation;
  events: ConversationEvent[];
  /** The latest text of every note written, as the store keeps it beside (not in) the log. */
  noteTexts: NoteTexts;
  history: Array<{ command: ConversationCommand; actor: Actor }>;
}

function run(steps: Step[]): Run {
  let n = 0;
  const newId = () => `id${++n}`;
  let now = T0;
  const first: ConversationCommand = {
    type: "record_message",
    messageId: "<root@example.com>",
    direction: "inbound",
    from: "customer@example.com",
    subject: "Help",
    sentAt: now,
    requestId: "r0",
  };
  const created = decide(null, first, ana, now, newId);
  if (isDomainError(created)) throw new Error(created.message);
  let state = applyEvents(emptyConversation("c_p", "support@x", "Help", now), created.events);
  let noteTexts: NoteTexts = {};
  const events = [...created.events];
  const history: Run["history"] = [{ command: first, actor: ana }];
  const noteIds: string[] = [];
  for (const [i, step] of steps.entries()) {
    now += step.advance * MINUTE;
    const replayed = step.replay === undefined ? undefined : history[step.replay % history.length];
    const requestId = replayed?.command.requestId ?? `r${i + 1}`;
    const command = replayed?.command ?? toCommand(step, requestId, now, noteIds);
    const result = decide(state, command, step.actor, now, newId, { members: MEMBERS });
    if (isDomainError(result)) continue;
    for (const e of result.events) if (e.type === "note_added") noteIds.push(e.noteId);
    state = applyEvents(state, result.events, result.noteTexts);
    noteTexts = { ...noteTexts, ...result.noteTexts };
    events.push(...result.events);
    history.push({ command, actor: step.actor });
  }
  return { state, events, noteTexts, history };
}

describe("decide + applyEvent + project (properties)", () => {
  const sequences = fc.array(stepArb, { maxLength: 60 });

  it("projecting the whole log equals folding the events one command at a time", () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        const { state, events, noteTexts } = run(steps);
        expect(project("c_p", "support@x", events, noteTexts)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it("has at most one owner at any time: ownership events always name the current owner", () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        let owner: string | null = null;
        for (const e of run(steps).events) {
          if (e.type === "claimed") {
            expect(owner).toBeNull();
            owner = e.assignee;
          } else if (e.type === "assigned") {
            expect(e.previous).toBe(owner);
            expect(e.assignee).not.toBe(owner);
            owner = e.assignee;
          } else if (e.type === "released") {
            expect(e.previous).toBe(owner);
            owner = null;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the document within its bounds and never gives a viewer ownership", () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        const { state, events } = run(steps);
        expect(state.tags.length).toBeLessThanOrEqual(MAX_TAGS);
        expect(new Set(state.tags).size).toBe(state.tags.length);
        expect(state.recentRequestIds.length).toBeLessThanOrEqual(MAX_RECENT_REQUEST_IDS);
        expect(new Set(state.notes.map((n) => n.id)).size).toBe(state.notes.length);
        expect(new Set(state.messageIds).size).toBe(state.messageIds?.length);
        expect(state.snoozedUntil === null).toBe(state.status !== "snoozed");
        for (const e of events) {
          if (e.type === "claimed") expect(e.assignee).not.toBe(vic.email);
          if (e.actor === vic.email) expect(["message_received", "message_sent"]).toContain(e.type);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("re-sending any remembered request id changes nothing", () => {
    fc.assert(
      fc.property(sequences, fc.nat(), (steps, pick) => {
        const { state, history } = run(steps);
        const replay = history[pick % history.length]!;
        if (!state.recentRequestIds.includes(replay.command.requestId)) return;
        const result = decide(state, replay.command, replay.actor, T0 + 1e9, () => "x");
        expect(result).toEqual({ events: [] });
      }),
      { numRuns: 300 },
    );
  });
});
