// Test-only helpers: a running conversation and terse command builders.
import { isDomainError, type DomainError } from "../../src/errors";
import type { RedactionSettings } from "../../src/redaction";
import { applyEvents } from "../../src/conversation/apply-event";
import type { Actor, ConversationCommand } from "../../src/conversation/commands";
import { decide } from "../../src/conversation/decide";
import type { Decision } from "../../src/conversation/decision";
import { emptyConversation } from "../../src/conversation/empty-conversation";
import type {
  Conversation,
  ConversationEvent,
  NoteTexts,
  Priority,
  Status,
} from "../../src/conversation/types";

export const T0 = Date.UTC(2025, 0, 6, 9, 0); // Mon 6 Jan 2025 09:00Z
export const MINUTE = 60_000;

export const ana: Actor = { email: "ana@demo.baton.test", role: "agent" };
export const ben: Actor = { email: "ben@demo.baton.test", role: "agent" };
export const lea: Actor = { email: "lea@demo.baton.test", role: "lead" };
export const adam: Actor = { email: "adam@demo.baton.test", role: "admin" };
export const vic: Actor = { email: "vic@demo.baton.test", role: "viewer" };
export const MEMBERS = [ana, ben, lea, adam, vic].map((a) => a.email);

let idSeq = 0;
export const newId = (): string => `id${++idSeq}`;
let reqSeq = 0;
export const rid = (): string => `req${++reqSeq}`;

export const claim = (): ConversationCommand => ({ type: "claim", requestId: rid() });
export const release = (): ConversationCommand => ({ type: "release", requestId: rid() });
export const assign = (assignee: string): ConversationCommand => ({
  type: "assign",
  assignee,
  requestId: rid(),
});
export const setStatus = (status: Status, snoozedUntil?: number): ConversationCommand =>
  snoozedUntil === undefined
    ? { type: "set_status", status, requestId: rid() }
    : { type: "set_status", status, snoozedUntil, requestId: rid() };
export const setPriority = (priority: Priority): ConversationCommand => ({
  type: "set_priority",
  priority,
  requestId: rid(),
});
export const tag = (add: string[], remove: string[] = []): ConversationCommand => ({
  type: "tag",
  add,
  remove,
  requestId: rid(),
});
export const addNote = (body: string): ConversationCommand => ({ type: "add_note", body, requestId: rid() });
export const editNote = (noteId: string, body: string): ConversationCommand => ({
  type: "edit_note",
  noteId,
  body,
  requestId: rid(),
});
export const deleteNote = (noteId: string): ConversationCommand => ({
  type: "delete_note",
  noteId,
  requestId: rid(),
});
export const inbound = (messageId: string, sentAt = T0): ConversationCommand => ({
  type: "record_message",
  messageId,
  direction: "inbound",
  from: "Customer <customer@example.com>",
  subject: "Order #1042 never arrived",
  sentAt,
  requestId: rid(),
});
export const outbound = (messageId: string, sentAt = T0): ConversationCommand => ({
  type: "record_message",
  messageId,
  direction: "outbound",
  from: "support@demo.baton.test",
  subject: "Re: Order #1042 never arrived",
  sentAt,
  requestId: rid(),
});

export interface Options {
  nowMs?: number;
  redaction?: RedactionSettings;
}

export function attempt(
  state: Conversation | null,
  command: ConversationCommand,
  actor: Actor,
  opts: Options = {},
): Decision | DomainError {
  return decide(state, command, actor, opts.nowMs ?? T0, newId, {
    members: MEMBERS,
    ...(opts.redaction ? { redaction: opts.redaction } : {}),
  });
}

/** Runs a command that must succeed and returns the new state, its events and its note texts. */
export function step(
  state: Conversation,
  command: ConversationCommand,
  actor: Actor,
  opts: Options = {},
): { state: Conversation; events: ConversationEvent[]; noteTexts: NoteTexts } {
  const result = attempt(state, command, actor, opts);
  if (isDomainError(result)) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  const noteTexts = result.noteTexts ?? {};
  return { state: applyEvents(state, result.events, noteTexts), events: result.events, noteTexts };
}

/** Runs a command that must fail and returns its error. */
export function refusal(
  state: Conversation | null,
  command: ConversationCommand,
  actor: Actor,
  opts: Options = {},
): DomainError {
  const result = attempt(state, command, actor, opts);
  if (!isDomainError(result)) throw new Error(`expected an error, got ${result.events.length} events`);
  return result;
}

/** A conversation created by one inbound message at T0. */
export function fresh(): Conversation {
  return step(
    emptyConversation("c_test", "support@demo.baton.test", "", T0),
    inbound("<first@example.com>"),
    adam,
  ).state;
}

/** Applies several [command, actor] steps that must all succeed. */
export function given(...steps: Array<[ConversationCommand, Actor]>): Conversation {
  return steps.reduce((s, [command, actor]) => step(s, command, actor).state, fresh());
}
