import { validateCalendar, validateSlaPolicy, type BusinessCalendar } from "@baton/shared";
import type { Handlers } from "../http/app";
import { fail, failWith } from "../http/errors";
import { forgetDirectory, mailboxesOf, teamOf } from "../store/directory";
import { rulesVersusAgents } from "../store/mailbox-routing";
import { putMailbox } from "../store/mailboxes";
import { markRemovalCleanedUp, putMember, removeMember, type PutMemberOutcome } from "../store/members";
import { linkMicrosoftAccount, unlinkMember } from "../store/microsoft-links";
import { orgOfTenant } from "../store/org-identity";
import { forgetRoutingDirectory, rebalanceMember } from "../routing";
import { checkMembers } from "./check-members";
import type { ServerDeps } from "./deps";

function calendarProblem(calendar: BusinessCalendar): string | null {
  try {
    validateCalendar(calendar);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : "The calendar is invalid.";
  }
}

export function adminHandlers(deps: ServerDeps): Pick<Handlers, "putMailbox" | "putMember" | "removeMember"> {
  return {
    async putMailbox({ principal, params, body }) {
      const policyError = validateSlaPolicy(body.policy);
      if (policyError !== null) failWith(policyError);
      const calendarError = calendarProblem(body.calendar);
      if (calendarError !== null)
        fail("invalid_calendar", `calendar: ${calendarError}`, { path: "calendar" });
      // The on-call and the agents are checked like the escalation leads: members of the org.
      forgetDirectory();
      await checkMembers(deps.db, principal.org, [
        ...(body.routing.onCall === null ? [] : [["routing.onCall", body.routing.onCall] as const]),
        ...body.routing.agents.map((e) => ["routing.agents", e] as const),
      ]);
      const sameAddress = (await mailboxesOf(deps.db, principal.org)).find((m) => m.address === body.address);
      if (sameAddress !== undefined && sameAddress.id !== params.id) {
        fail("conflict", `${body.address} is already the address of mailbox ${sameAddress.id}.`, {
          mailbox: sameAddress.id,
        });
      }
      const members = new Set((await teamOf(deps.db, principal.org)).map((m) => m.email.toLowerCase()));
      const saved = await putMailbox(
        deps.db,
        principal.org,
        params.id,
        body,
        rulesVersusAgents(deps.db, principal.org, params.id, body.routing.agents, members),
      );
      if ("refused" in saved) failWith(saved.refused);
      forgetDirectory();
      return { mailbox: saved };
    },

    async putMember({ principal, params, body }) {
      const outcome = await putMember(deps.db, principal.org, params.email, body);
      if (!outcome.ok) refuseMember(params.email, outcome.reason);
      if (body.microsoft !== undefined) await linkByAdmin(deps, principal.org, params.email, body.microsoft);
      forgetDirectory();
      await syncClaims(deps, params.email, principal.org, outcome.member.role);
      return { member: outcome.member };
    },

    async removeMember({ principal, params, nowMs }) {
      const outcome = await removeMember(deps.db, principal.org, params.email, nowMs);
      if (!outcome.ok) {
        if (outcome.reason === "last_admin") fail("conflict", lastAdmin(params.email, "removed"));
        fail("not_found", `${params.email} is not a member of this team.`);
      }
      forgetDirectory();
      // Outside the transaction (Auth is another service): if any step fails the request fails, and
      // the admin's retry (the removal record makes DELETE idempotent) runs the clean-up again.
      await unlinkMember(deps.db, principal.org, params.email);
      await dropClaims(deps, params.email);
      await markRemovalCleanedUp(deps.db, principal.org, params.email);
      // Their open conversations go back to routing (issue 16); resumable, so a retried DELETE finishes it.
      forgetRoutingDirectory();
      await rebalanceMember(deps.db, principal.org, params.email, "removed", nowMs);
      return { removed: params.email };
    },
  };
}

const MEMBER_REFUSALS: Record<
  Exclude<PutMemberOutcome, { ok: true }>["reason"],
  (email: string) => [code: "conflict" | "invalid_request", message: string]
> = {
  last_admin: (email) => ["conflict", lastAdmin(email, "demoted")],
  other_org: (email) => ["conflict", `${email} already belongs to another Baton organisation.`],
  domain_of_other_org: (email) => [
    "conflict",
    `${email} is in a domain another Baton organisation holds; only that organisation can add it.`,
  ],
  outside_domains: (email) => [
    "invalid_request",
    `${email} is outside your organisation's domains; add them as an external member if they should have access.`,
  ],
};

/** Why `email` can't be made a member, in the sentence PUT /members/{email} and the import both use. */
export function memberRefusalSentence(
  email: string,
  reason: Exclude<PutMemberOutcome, { ok: true }>["reason"],
): string {
  return MEMBER_REFUSALS[reason](email)[1];
}

function refuseMember(email: string, reason: Exclude<PutMemberOutcome, { ok: true }>["reason"]): never {
  const [code, message] = MEMBER_REFUSALS[reason](email);
  fail(code, message, { reason });
}

/** An admin links a Microsoft account to a member: only within a tenant the org has bound. */
async function linkByAdmin(
  deps: ServerDeps,
  org: string,
  email: string,
  account: { tenant: string; objectId: string },
): Promise<void> {
  if ((await orgOfTenant(deps.db, account.tenant)) !== org) {
    fail("invalid_request", `Tenant ${account.tenant} is not connected to your organisation; add it first.`, {
      path: "microsoft.tenant",
    });
  }
  const linked = await linkMicrosoftAccount(deps.db, { org, email, ...account, linkedBy: "admin" });
  if (!linked.ok) {
    fail(
      "conflict",
      `${email} is already linked to Microsoft account ${linked.linkedTo}; remove that link first.`,
    );
  }
}

function lastAdmin(email: string, verb: string): string {
  return `${email} is the last admin of this organisation and can't be ${verb}; make someone else an admin first.`;
}

/** A removed member's sign-in loses its org claims and its refresh tokens, so access ends at once. */
async function dropClaims(deps: ServerDeps, email: string): Promise<void> {
  try {
    const user = await deps.auth.getUserByEmail(email);
    const { org: _org, role: _role, ...rest } = user.customClaims ?? {};
    await deps.auth.setCustomUserClaims(user.uid, rest);
    await deps.auth.revokeRefreshTokens(user.uid);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "auth/user-not-found") throw error;
  }
}

/**
 * Keeps the custom claims of an existing sign-in in step with the role (the pane reads them as hints;
 * the rules read the member document). Only a user whose address is verified gets them: an unverified
 * account holding a member's address is someone else's sign-up. Members who never signed in get their
 * claims at the exchange.
 */
export async function syncClaims(deps: ServerDeps, email: string, org: string, role: string): Promise<void> {
  try {
    const user = await deps.auth.getUserByEmail(email);
    if (!user.emailVerified) return;
    await deps.auth.setCustomUserClaims(user.uid, { ...user.customClaims, org, role });
  } catch (error) {
    if ((error as { code?: unknown }).code !== "auth/user-not-found") throw error;
  }
}
