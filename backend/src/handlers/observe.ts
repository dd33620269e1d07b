import { isDomainError, type Actor } from "@baton/shared";
import type { Handlers } from "../http/app";
import { fail, failWith } from "../http/errors";
import { createIdGenerator } from "../store/ids";
import { mailboxesOf, mailboxNamed, teamOf } from "../store/directory";
import { observeThread } from "../store/observe";
import { recordPresence } from "../store/presence";
import { hiddenMailboxIds } from "../store/visibility";
import type { ServerDeps } from "./deps";
import { renderConversation } from "./render";

export function observeHandler(deps: ServerDeps): Handlers["observe"] {
  return async ({ principal, body, nowMs }) => {
    const [mailbox, mailboxes, members, hidden] = await Promise.all([
      mailboxNamed(deps.db, principal.org, body.mailbox),
      mailboxesOf(deps.db, principal.org),
      teamOf(deps.db, principal.org),
      hiddenMailboxIds(deps.db, principal),
    ]);
    // A mailbox the org hides from this member (mailboxVisibility "members") answers as one Baton
    // does not know: observing records and shows nothing of it.
    if (mailbox === null || hidden.has(mailbox.id)) {
      fail("not_found", "errors.notTeamMailbox", { mailbox: body.mailbox }, { mailbox: body.mailbox });
    }
    const result = await observeThread(deps.db, {
      org: principal.org,
      mailbox,
      platform: body.platform,
      platformThreadId: body.platformThreadId,
      messages: body.messages,
      // A sidebar speaks only for its caller: it records nothing without `record` (a viewer still
      // gets the view of a known thread) and never records a reply in another member's name.
      source: { kind: "sidebar", caller: { email: principal.email, role: principal.role } },
      directory: {
        members: new Map<string, Actor>(members.map((m) => [m.email, { email: m.email, role: m.role }])),
        mailboxAddresses: new Set(mailboxes.map((m) => m.address)),
      },
      nowMs,
      newId: createIdGenerator(nowMs),
    });
    if (isDomainError(result)) failWith(result);
    // Whoever observes a thread is looking at it: record them as viewing, so the other sidebar (an
    // Outlook user seeing a Gmail viewer) shows them without a separate heartbeat. A plain write
    // beside the render's reads, outside the transaction: no extra round trip on the way out, and
    // a failed write costs the presence line, never the observe.
    const viewing = recordPresence(
      deps.db,
      principal.org,
      result.conversation.key,
      principal.email,
      "viewing",
      nowMs,
    ).catch((error: unknown) => {
      deps.log("observe: could not record presence", error);
    });
    const response = await renderConversation(deps.db, principal, result, nowMs);
    await viewing;
    return response;
  };
}
