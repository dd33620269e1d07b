import { isDomainError, type Actor } from "@baton/shared";
import type { Handlers } from "../http/app";
import { fail, failWith } from "../http/errors";
import { createIdGenerator } from "../store/ids";
import { mailboxesOf, mailboxNamed, teamOf } from "../store/directory";
import { observeThread } from "../store/observe";
import type { ServerDeps } from "./deps";
import { renderConversation, requireRead } from "./render";

export function observeHandler(deps: ServerDeps): Handlers["observe"] {
  return async ({ principal, body, nowMs }) => {
    requireRead(principal);
    const [mailbox, mailboxes, members] = await Promise.all([
      mailboxNamed(deps.db, principal.org, body.mailbox),
      mailboxesOf(deps.db, principal.org),
      teamOf(deps.db, principal.org),
    ]);
    if (mailbox === null) {
      fail("not_found", `${body.mailbox} is not a Baton mailbox of your team; ask an admin to add it.`, {
        mailbox: body.mailbox,
      });
    }
    const result = await observeThread(deps.db, {
      org: principal.org,
      mailbox,
      platform: body.platform,
      platformThreadId: body.platformThreadId,
      messages: body.messages,
      observer: { email: principal.email, role: principal.role },
      members: new Map<string, Actor>(members.map((m) => [m.email, { email: m.email, role: m.role }])),
      mailboxAddresses: new Set(mailboxes.map((m) => m.address)),
      nowMs,
      newId: createIdGenerator(nowMs),
    });
    if (isDomainError(result)) failWith(result);
    return renderConversation(deps.db, principal, result, nowMs);
  };
}
