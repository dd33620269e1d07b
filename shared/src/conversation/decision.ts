import { domainError, type DomainError } from "../errors";
import { can, type Action } from "../permissions";
import type { RedactionSettings } from "../redaction";
import type { Actor } from "./commands";
import type { ConversationEvent, ConversationEventBody, NoteTexts } from "./types";

/** What `decide` returns when the command is accepted: the events to append (none for a no-op). */
export interface Decision {
  events: ConversationEvent[];
  /**
   * The text of the notes these events add or edit. It goes into the projection (`applyEvents`) and
   * nowhere else: the events are kept for ever, the text only until the note is edited or deleted.
   */
  noteTexts?: NoteTexts;
}

/** Facts from outside the conversation that some commands need. */
export interface DecideOptions {
  /** Member emails, to resolve @mentions in notes. */
  members?: readonly string[];
  /** The org's redaction setting, applied to note bodies before they are stored anywhere. */
  redaction?: RedactionSettings;
}

/** Everything a command handler needs, with the actor's email already normalised. */
export interface DecideContext {
  actor: Actor;
  nowMs: number;
  requestId: string;
  newId: () => string;
  options: DecideOptions;
}

export const NO_CHANGE: Decision = { events: [] };

export function decided(ctx: DecideContext, ...bodies: ConversationEventBody[]): Decision {
  return { events: bodies.map((body) => eventOf(ctx, ctx.actor.email, body)) };
}

export function eventOf(ctx: DecideContext, actor: string, body: ConversationEventBody): ConversationEvent {
  return { id: ctx.newId(), at: ctx.nowMs, actor, requestId: ctx.requestId, ...body };
}

/** What a refused role may not do: a select value of the errors catalogue's roleCannot. */
export type RefusedWhat =
  | "setFollowUps"
  | "clearFollowUps"
  | "addNotes"
  | "editNotes"
  | "deleteNotes"
  | "deleteOthersNotes"
  | "claim"
  | "releaseOwn"
  | "releaseOthers"
  | "assign"
  | "record"
  | "status"
  | "priority"
  | "tag";

/** A `forbidden` error naming what the role may not do, or null when it may (`owner`: releaseOthers'). */
export function refuse(
  ctx: DecideContext,
  action: Action,
  what: RefusedWhat,
  owner = "",
): DomainError | null {
  if (can(ctx.actor.role, action)) return null;
  return domainError("forbidden", "errors.roleCannot", { role: ctx.actor.role, what, owner }, { action });
}
