import { allowedActions } from "@baton/shared";
import type { Handlers } from "../http/app";
import { readAvailability } from "../store/availability";
import { mailboxesOf, teamOf } from "../store/directory";
import type { ServerDeps } from "./deps";

/** Who the caller is, what they may do, and the team (assign menu, @mention completion). */
export function meHandler(deps: ServerDeps): Handlers["me"] {
  return async ({ principal }) => {
    const [members, mailboxes, availability] = await Promise.all([
      teamOf(deps.db, principal.org),
      mailboxesOf(deps.db, principal.org),
      // Read fresh (not the directory cache): a member who just set "away" sees it at once.
      readAvailability(deps.db, principal.org, principal.email),
    ]);
    return {
      email: principal.email,
      name: principal.name,
      role: principal.role,
      org: principal.org,
      allowed: allowedActions(principal.role),
      members,
      mailboxes: mailboxes.map(({ id, address, name }) => ({ id, address, name })),
      awayUntil: availability?.awayUntil ?? null,
    };
  };
}
