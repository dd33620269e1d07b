import type { Handlers } from "../http/app";
import type { ServerDeps } from "../handlers/deps";
import { markMentionsRead } from "./reads";

/** POST /conversations/{key}/mentions/read: the caller's own marker; nobody marks for another. */
export function mentionsHandlers(deps: ServerDeps): Pick<Handlers, "markMentionsRead"> {
  return {
    markMentionsRead: async ({ principal, params, nowMs }) => {
      await markMentionsRead(deps.db, principal.org, params.key, principal.email, nowMs);
      return { key: params.key, readAt: nowMs };
    },
  };
}
