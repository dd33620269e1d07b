import { can, validateCalendar, validateSlaPolicy, type BusinessCalendar } from "@baton/shared";
import type { Principal } from "../auth/principal";
import type { Handlers } from "../http/app";
import { fail, failWith } from "../http/errors";
import { forgetDirectory, mailboxesOf } from "../store/directory";
import { putMailbox } from "../store/mailboxes";
import { putMember, removeMember } from "../store/members";
import type { ServerDeps } from "./deps";

function requireAdmin(
  principal: Principal,
  action: "manage_mailboxes" | "manage_members",
  what: string,
): void {
  if (!can(principal.role, action))
    fail("forbidden", `Your role (${principal.role}) can't ${what}.`, { action });
}

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
      requireAdmin(principal, "manage_mailboxes", "change mailboxes");
      const policyError = validateSlaPolicy(body.policy);
      if (policyError !== null) failWith(policyError);
      const calendarError = calendarProblem(body.calendar);
      if (calendarError !== null)
        fail("invalid_calendar", `calendar: ${calendarError}`, { path: "calendar" });
      forgetDirectory();
      const sameAddress = (await mailboxesOf(deps.db, principal.org)).find((m) => m.address === body.address);
      if (sameAddress !== undefined && sameAddress.id !== params.id) {
        fail("conflict", `${body.address} is already the address of mailbox ${sameAddress.id}.`, {
          mailbox: sameAddress.id,
        });
      }
      const mailbox = await putMailbox(deps.db, principal.org, params.id, body);
      forgetDirectory();
      return { mailbox };
    },

    async putMember({ principal, params, body }) {
      requireAdmin(principal, "manage_members", "change members");
      const outcome = await putMember(deps.db, principal.org, params.email, body);
      if (!outcome.ok) {
        if (outcome.reason === "last_admin") fail("conflict", lastAdmin(params.email, "demoted"));
        fail("conflict", `${params.email} already belongs to another Baton organisation.`);
      }
      forgetDirectory();
      await syncClaims(deps, params.email, principal.org, outcome.member.role);
      return { member: outcome.member };
    },

    async removeMember({ principal, params }) {
      requireAdmin(principal, "manage_members", "remove members");
      const outcome = await removeMember(deps.db, principal.org, params.email);
      if (!outcome.ok) {
        if (outcome.reason === "last_admin") fail("conflict", lastAdmin(params.email, "removed"));
        fail("not_found", `${params.email} is not a member of this team.`);
      }
      forgetDirectory();
      await dropClaims(deps, params.email);
      return { removed: params.email };
    },
  };
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
 * Keeps the custom claims of an existing sign-in in step with the role, so security rules see the
 * change at the next token refresh. Members who never signed in get their claims at the exchange.
 */
async function syncClaims(deps: ServerDeps, email: string, org: string, role: string): Promise<void> {
  try {
    const user = await deps.auth.getUserByEmail(email);
    await deps.auth.setCustomUserClaims(user.uid, { ...user.customClaims, org, role });
  } catch (error) {
    if ((error as { code?: unknown }).code !== "auth/user-not-found") throw error;
  }
}
