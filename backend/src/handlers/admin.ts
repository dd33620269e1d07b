import {
  englishError,
  InvalidCalendarError,
  validateCalendar,
  validateSlaPolicy,
  type BusinessCalendar,
  type ErrorKey,
  type ErrorParams,
} from "@baton/shared";
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

/** The calendar's first problem as a nested errors key and its params ("calendar: {problem}"), or null. */
function calendarProblem(calendar: BusinessCalendar): ErrorParams | null {
  try {
    validateCalendar(calendar);
    return null;
  } catch (error) {
    if (error instanceof InvalidCalendarError) return { ...error.params, problemKey: error.key };
    throw error;
  }
}

export function adminHandlers(deps: ServerDeps): Pick<Handlers, "putMailbox" | "putMember" | "removeMember"> {
  return {
    async putMailbox({ principal, params, body }) {
      const policyError = validateSlaPolicy(body.policy);
      if (policyError !== null) failWith(policyError);
      const calendarError = calendarProblem(body.calendar);
      if (calendarError !== null)
        fail(
          "invalid_calendar",
          "errors.atPath",
          { ...calendarError, path: "calendar" },
          { path: "calendar" },
        );
      // The on-call and the agents are checked like the escalation leads: members of the org.
      forgetDirectory();
      await checkMembers(deps.db, principal.org, [
        ...(body.routing.onCall === null ? [] : [["routing.onCall", body.routing.onCall] as const]),
        ...body.routing.agents.map((e) => ["routing.agents", e] as const),
      ]);
      const sameAddress = (await mailboxesOf(deps.db, principal.org)).find((m) => m.address === body.address);
      if (sameAddress !== undefined && sameAddress.id !== params.id) {
        fail(
          "conflict",
          "errors.mailboxAddressTaken",
          { address: body.address, mailbox: sameAddress.id },
          { mailbox: sameAddress.id },
        );
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
        if (outcome.reason === "last_admin")
          fail("conflict", "errors.lastAdmin", { email: params.email, verb: "removed" });
        fail("not_found", "errors.notMemberOfTeam", { email: params.email });
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
  readonly [code: "conflict" | "invalid_request", key: ErrorKey, verb?: string]
> = {
  last_admin: ["conflict", "errors.lastAdmin", "demoted"],
  other_org: ["conflict", "errors.memberOtherOrg"],
  domain_of_other_org: ["conflict", "errors.memberOtherOrgDomain"],
  outside_domains: ["invalid_request", "errors.memberOutsideDomains"],
};

function memberRefusalParams(email: string, verb: string | undefined): ErrorParams {
  return verb === undefined ? { email } : { email, verb };
}

/** Why `email` can't be made a member, in the sentence PUT /members/{email} and the import both use. */
export function memberRefusalSentence(
  email: string,
  reason: Exclude<PutMemberOutcome, { ok: true }>["reason"],
): string {
  const [, key, verb] = MEMBER_REFUSALS[reason];
  return englishError(key, memberRefusalParams(email, verb));
}

function refuseMember(email: string, reason: Exclude<PutMemberOutcome, { ok: true }>["reason"]): never {
  const [code, key, verb] = MEMBER_REFUSALS[reason];
  fail(code, key, memberRefusalParams(email, verb), { reason });
}

/** An admin links a Microsoft account to a member: only within a tenant the org has bound. */
async function linkByAdmin(
  deps: ServerDeps,
  org: string,
  email: string,
  account: { tenant: string; objectId: string },
): Promise<void> {
  if ((await orgOfTenant(deps.db, account.tenant)) !== org) {
    fail(
      "invalid_request",
      "errors.tenantNotConnected",
      { tenant: account.tenant },
      { path: "microsoft.tenant" },
    );
  }
  const linked = await linkMicrosoftAccount(deps.db, { org, email, ...account, linkedBy: "admin" });
  if (!linked.ok) {
    fail("conflict", "errors.memberLinked", { email, account: linked.linkedTo });
  }
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
