import { describeTimeline, explainSla, slaHistory, slaState, type ErrorKey } from "@baton/shared";
import type { Principal } from "../auth/principal";
import { fail } from "../http/errors";
import type { Handlers } from "../http/app";
import { loadConversation, readConversation } from "../store/conversations";
import { teamOf } from "../store/directory";
import { clearPresence, listPresence, recordPresence } from "../store/presence";
import { paths } from "../store/paths";
import { hiddenMailboxIds } from "../store/visibility";
import { checkAssignee, noteOptions, runCommand } from "./commands";
import type { ServerDeps } from "./deps";
import { publicConversation, renderConversation } from "./render";

const NOT_SEEN = "errors.notSeenYet" satisfies ErrorKey;

/**
 * A conversation of a mailbox the org hides from this member (mailboxVisibility "members") answers
 * exactly as one that does not exist: the refusal must not tell them it is there.
 */
async function failIfHidden(deps: ServerDeps, principal: Principal, mailboxId: unknown): Promise<void> {
  const hidden = await hiddenMailboxIds(deps.db, principal);
  if (typeof mailboxId === "string" && hidden.has(mailboxId)) fail("not_found", NOT_SEEN);
}

type ConversationHandlers = Pick<
  Handlers,
  | "getConversation"
  | "claim"
  | "release"
  | "assign"
  | "setStatus"
  | "setPriority"
  | "setTags"
  | "listNotes"
  | "createNote"
  | "editNote"
  | "deleteNote"
  | "presence"
  | "leavePresence"
  | "sla"
>;

export function conversationHandlers(deps: ServerDeps): ConversationHandlers {
  const { db } = deps;
  return {
    async getConversation({ principal, params, nowMs }) {
      const presence = listPresence(db, principal.org, params.key, nowMs);
      presence.catch(() => undefined);
      const state = await readConversation(db, principal.org, params.key);
      if (state === null) fail("not_found", NOT_SEEN);
      await failIfHidden(deps, principal, state.mailbox.id);
      return renderConversation(db, principal, state, nowMs, presence);
    },

    claim: ({ principal, params, body, nowMs }) =>
      runCommand(deps, principal, params.key, { type: "claim", requestId: body.requestId }, nowMs),

    release: ({ principal, params, body, nowMs }) =>
      runCommand(deps, principal, params.key, { type: "release", requestId: body.requestId }, nowMs),

    async assign({ principal, params, body, nowMs }) {
      await checkAssignee(deps, principal, body.assignee);
      return runCommand(
        deps,
        principal,
        params.key,
        { type: "assign", assignee: body.assignee, requestId: body.requestId },
        nowMs,
      );
    },

    setStatus: ({ principal, params, body, nowMs }) =>
      runCommand(
        deps,
        principal,
        params.key,
        {
          type: "set_status",
          status: body.status,
          snoozedUntil: body.snoozedUntil,
          requestId: body.requestId,
        },
        nowMs,
      ),

    setPriority: ({ principal, params, body, nowMs }) =>
      runCommand(
        deps,
        principal,
        params.key,
        { type: "set_priority", priority: body.priority, requestId: body.requestId },
        nowMs,
      ),

    setTags: ({ principal, params, body, nowMs }) =>
      runCommand(
        deps,
        principal,
        params.key,
        { type: "tag", add: body.add, remove: body.remove, requestId: body.requestId },
        nowMs,
      ),

    async listNotes({ principal, params }) {
      const state = await readConversation(db, principal.org, params.key);
      if (state === null) fail("not_found", NOT_SEEN);
      await failIfHidden(deps, principal, state.mailbox.id);
      return { notes: publicConversation(state.conversation).notes };
    },

    async createNote({ principal, params, body, nowMs }) {
      const options = await noteOptions(deps, principal);
      return runCommand(
        deps,
        principal,
        params.key,
        { type: "add_note", body: body.body, requestId: body.requestId },
        nowMs,
        options,
      );
    },

    async editNote({ principal, params, body, nowMs }) {
      const options = await noteOptions(deps, principal);
      return runCommand(
        deps,
        principal,
        params.key,
        { type: "edit_note", noteId: params.id, body: body.body, requestId: body.requestId },
        nowMs,
        options,
      );
    },

    deleteNote: ({ principal, params, query, nowMs }) =>
      runCommand(
        deps,
        principal,
        params.key,
        { type: "delete_note", noteId: params.id, requestId: query.requestId },
        nowMs,
      ),

    async presence({ principal, params, body, nowMs }) {
      const snapshot = await paths.conversation(db, principal.org, params.key).get();
      if (!snapshot.exists) fail("not_found", NOT_SEEN);
      await failIfHidden(deps, principal, snapshot.get("mailboxId"));
      await recordPresence(db, principal.org, params.key, principal.email, body.state, nowMs);
      return { presence: await listPresence(db, principal.org, params.key, nowMs) };
    },

    async leavePresence({ principal, params, nowMs }) {
      await clearPresence(db, principal.org, params.key, principal.email);
      return { presence: await listPresence(db, principal.org, params.key, nowMs) };
    },

    // Explain replays the whole log (every cycle, not just the latest): the one reader that needs it.
    async sla({ principal, params, nowMs }) {
      const loaded = await loadConversation(db, principal.org, params.key);
      if (loaded === null) fail("not_found", NOT_SEEN);
      await failIfHidden(deps, principal, loaded.mailbox.id);
      const { events, mailbox } = loaded;
      const timeZone = mailbox.calendar.timeZone;
      const history = slaHistory(events, mailbox.policy, mailbox.calendar, nowMs);
      // Routing lines name members as the team knows them ("Assigned to Ana by round-robin").
      const names = new Map((await teamOf(db, principal.org)).map((m) => [m.email, m.name]));
      return {
        sla: slaState(events, mailbox.policy, mailbox.calendar, nowMs),
        timeZone,
        history: history.map((clock) => ({ ...clock, explanation: describeTimeline(clock, timeZone) })),
        // Per cycle: the message that started it, what stopped it, ran/paused(why), the warnings and
        // breaches recorded, and who held the conversation meanwhile (shared's explainSla).
        explain: explainSla(events, mailbox.policy, mailbox.calendar, nowMs, timeZone, names),
      };
    },
  };
}
