import type { Role } from "../permissions";
import type { Priority, Status } from "./types";

/** Who issues a command: a member's email and role (the backend resolves both from the token). */
export interface Actor {
  email: string;
  role: Role;
}

/** The SLA sweeper and connectors act as "system", with every permission. */
export const SYSTEM: Actor = { email: "system", role: "admin" };

/**
 * Everything a member (or the system) can ask of a conversation. `requestId` is the idempotency key:
 * a client retrying after a lost response sends the same id and gets a no-op.
 */
export type ConversationCommand = { requestId: string } & (
  | { type: "claim" }
  | { type: "release" }
  | { type: "assign"; assignee: string }
  | { type: "set_status"; status: Status; snoozedUntil?: number }
  | { type: "set_priority"; priority: Priority }
  | { type: "tag"; add: string[]; remove: string[] }
  | { type: "add_note"; body: string }
  | { type: "edit_note"; noteId: string; body: string }
  | { type: "delete_note"; noteId: string }
  // Follow-ups (followup.ts): "remind me if no reply by dueAt"; `wake` is the sweeper's (system only).
  | { type: "set_follow_up"; dueAt: number }
  | { type: "clear_follow_up" }
  | { type: "wake" }
  | {
      type: "record_message";
      messageId: string;
      direction: "inbound" | "outbound";
      from: string;
      subject: string;
      sentAt: number;
      /** Sent before the mailbox joined Baton: recorded, not timed (message-time.ts). */
      history?: boolean;
      /** Automatic mail (auto-mail.ts): recorded, not timed, and it wakes nothing. */
      automatic?: boolean;
    }
);

export type ConversationCommandType = ConversationCommand["type"];

export type CommandOf<T extends ConversationCommandType> = Extract<ConversationCommand, { type: T }>;
