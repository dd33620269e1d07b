/**
 * Who the signed-in member is: email, role, org, teammates and the org's Baton mailboxes, as GET /me
 * answers them in one call. The mailboxes decide which threads are team threads
 * (chooseTeamMailbox): the pane sends nothing about any other.
 */
import type { MeResponse } from "../api/client";
import type { Identity } from "../taskpane/controller";

export async function resolveIdentity(me: () => Promise<MeResponse>): Promise<Identity> {
  const answer = await me();
  return {
    email: answer.email.toLowerCase(),
    role: answer.role,
    org: answer.org,
    members: answer.members,
    mailboxes: answer.mailboxes.map((m) => m.address.toLowerCase()),
    awayUntil: answer.awayUntil ?? null,
  };
}
