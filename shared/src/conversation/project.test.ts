import type { ConversationCommand } from "./commands";
import { emptyConversation } from "./empty-conversation";
import { project } from "./project";
import {
  addNote,
  adam,
  ana,
  claim,
  inbound,
  setPriority,
  step,
  T0,
  tag,
} from "../../test/conversation/harness";
import type { Conversation, ConversationEvent, NoteTexts } from "./types";

/** Runs commands from nothing, returning the incrementally built state and the full log. */
function history(...commands: ConversationCommand[]): {
  state: Conversation;
  log: ConversationEvent[];
  texts: NoteTexts;
} {
  let state = emptyConversation("c_k", "support@x", "", T0);
  const log: ConversationEvent[] = [];
  let texts: NoteTexts = {};
  for (const command of [inbound("<first@example.com>"), ...commands]) {
    const r = step(state, command, command.type === "record_message" ? adam : ana);
    state = r.state;
    log.push(...r.events);
    texts = { ...texts, ...r.noteTexts };
  }
  return { state, log, texts };
}

describe("project", () => {
  it("is the empty conversation for an empty log", () => {
    const c = project("c_k", "support@x", []);
    expect(c).toMatchObject({
      key: "c_k",
      mailbox: "support@x",
      status: "open",
      priority: "normal",
      createdAt: 0,
    });
    expect(c.messageCount).toBe(0);
  });

  it("rebuilds a conversation from its log, subject and creation time included", () => {
    const { state, log, texts } = history(claim(), tag(["vip"]), setPriority("high"), addNote("hello"));
    const rebuilt = project("c_k", "support@x", log, texts);
    expect(rebuilt).toEqual(state);
    expect(rebuilt).toMatchObject({
      subject: "Order #1042 never arrived",
      createdAt: T0,
      assignee: ana.email,
      tags: ["vip"],
      priority: "high",
      messageCount: 1,
    });
    expect(rebuilt.notes.map((n) => n.body)).toEqual(["hello"]);
  });

  it("rebuilds notes without their text from the log alone, which holds none", () => {
    const { log } = history(addNote("hello"));
    expect(project("c_k", "support@x", log).notes.map((n) => n.body)).toEqual([""]);
  });

  it("ignores SLA events in the document", () => {
    const { log } = history();
    const sla: ConversationEvent = {
      id: "s1",
      at: T0,
      actor: "system",
      type: "sla_warned",
      clock: "first_response",
      cycle: 1,
      dueAt: T0 + 1,
    };
    expect(project("c_k", "support@x", [...log, sla])).toEqual(project("c_k", "support@x", log));
  });
});
