import { allowedActions } from "@baton/shared";
import type { Handlers } from "../http/app";
import { listMailboxes } from "../store/mailboxes";
import { listMembers } from "../store/members";
import type { ServerDeps } from "./deps";

/** Who the caller is, what they may do, and the team (assign menu, @mention completion). */
export function meHandler(deps: ServerDeps): Handlers["me"] {
  return async ({ principal }) => {
    const [members, mailboxes] = await Promise.all([
      listMembers(deps.db, principal.org),
      listMailboxes(deps.db, principal.org),
    ]);
    return {
      email: principal.email,
      name: principal.name,
      role: principal.role,
      org: principal.org,
      allowed: allowedActions(principal.role),
      members,
      mailboxes: mailboxes.map(({ id, address, name }) => ({ id, address, name })),
    };
  };
}
