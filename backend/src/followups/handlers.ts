import { dueAtRefusal, nextBusinessMorning, type ErrorKey, type FollowUpWhen } from "@baton/shared";
import type { Principal } from "../auth/principal";
import type { ServerDeps } from "../handlers/deps";
import { runCommand } from "../handlers/commands";
import { fail, failWith } from "../http/errors";
import type { Handlers } from "../http/app";
import { readConversation } from "../store/conversations";

const NOT_SEEN = "errors.notSeenYet" satisfies ErrorKey;

/**
 * POST/DELETE /conversations/{key}/follow-up and POST /conversations/{key}/snooze (issue 17). The
 * server resolves "next_business_morning" with the conversation's mailbox calendar, so Outlook and
 * Gmail (and a member in another zone) mean the same morning. Everything else is the state
 * machine's (shared/conversation/followup.ts), through the same runCommand as every other command.
 */
export function followupsHandlers(
  deps: ServerDeps,
): Pick<Handlers, "setFollowUp" | "clearFollowUp" | "snooze"> {
  return {
    setFollowUp: async ({ principal, params, body, nowMs }) => {
      const dueAt = await resolveWhen(deps, principal, params.key, body.dueAt, nowMs);
      return runCommand(
        deps,
        principal,
        params.key,
        { type: "set_follow_up", dueAt, requestId: body.requestId },
        nowMs,
      );
    },
    clearFollowUp: ({ principal, params, query, nowMs }) =>
      runCommand(deps, principal, params.key, { type: "clear_follow_up", requestId: query.requestId }, nowMs),
    snooze: async ({ principal, params, body, nowMs }) => {
      const until = await resolveWhen(deps, principal, params.key, body.until, nowMs);
      // The status route has no upper bound (it predates follow-ups); this one shares the follow-up's.
      const bad = dueAtRefusal("snooze", until, nowMs);
      if (bad) failWith(bad);
      return runCommand(
        deps,
        principal,
        params.key,
        { type: "set_status", status: "snoozed", snoozedUntil: until, requestId: body.requestId },
        nowMs,
      );
    },
  };
}

/** An instant as given, or the next business morning of the conversation's mailbox after now. */
async function resolveWhen(
  deps: ServerDeps,
  principal: Principal,
  key: string,
  when: FollowUpWhen,
  nowMs: number,
): Promise<number> {
  if (typeof when === "number") return when;
  const state = await readConversation(deps.db, principal.org, key);
  if (state === null) fail("not_found", NOT_SEEN);
  return nextBusinessMorning(state.mailbox.calendar, nowMs);
}
