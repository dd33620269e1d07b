import { allowedActions } from "@baton/shared";
import type { Handlers } from "../http/app";
import { toAvailability } from "../store/availability";
import { memberLanguageOf } from "../store/member-language";
import { paths } from "../store/paths";
import { mailboxesOf, teamOf } from "../store/directory";
import type { ServerDeps } from "./deps";

/** Who the caller is, what they may do, and the team (assign menu, @mention completion). */
export function meHandler(deps: ServerDeps): Handlers["me"] {
  return async ({ principal }) => {
    const [members, mailboxes, own] = await Promise.all([
      teamOf(deps.db, principal.org),
      mailboxesOf(deps.db, principal.org),
      // Read fresh (not the directory cache): a member who just set "away" or a language sees it at once.
      paths.member(deps.db, principal.org, principal.email).get(),
    ]);
    const availability = own.exists ? toAvailability(own.data()) : null;
    return {
      email: principal.email,
      name: principal.name,
      role: principal.role,
      org: principal.org,
      allowed: allowedActions(principal.role),
      members,
      mailboxes: mailboxes.map(({ id, address, name }) => ({ id, address, name })),
      awayUntil: availability?.awayUntil ?? null,
      language: memberLanguageOf(own.data()),
    };
  };
}
