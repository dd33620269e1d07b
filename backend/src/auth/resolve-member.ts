import type { Firestore } from "firebase-admin/firestore";
import { fail } from "../http/errors";
import { orgIdentityOf, principalOf, tenantOrgOf } from "../store/directory";
import { findMicrosoftLink, linkMicrosoftAccount } from "../store/microsoft-links";
import { domainOf, type VerifiedIdentity } from "./identity";
import type { Principal } from "./principal";

/**
 * Verified identity -> member. Each token kind is trusted only for what its issuer guarantees:
 * - Firebase: a verified email from an allowed provider (checked by the verifier) names the member.
 * - Google: a verified email names the member; when the address is in one of the org's domains, the
 *   account must be managed by that Workspace domain (`hd`), so a consumer Google account registered
 *   with a work address is not the member.
 * - Microsoft: the tenant must be bound to an org; tenant + object id name the member through a link,
 *   made at first sign-in only when the UPN is in one of that org's domains.
 * Org and role are read from Firestore (cached a few seconds), never from token claims.
 */
export async function resolveMember(db: Firestore, identity: VerifiedIdentity): Promise<Principal> {
  switch (identity.kind) {
    case "firebase":
      return memberByEmail(db, identity.email);
    case "google":
      return googleMember(db, identity.email, identity.hostedDomain);
    case "microsoft":
      return microsoftMember(db, identity.tenant, identity.objectId, identity.claimedEmail);
  }
}

async function memberByEmail(db: Firestore, email: string): Promise<Principal> {
  const principal = await principalOf(db, email);
  if (principal === null) notMember(email);
  return principal;
}

function notMember(email: string): never {
  fail("not_member", `${email} is not a member of a Baton team; ask your admin to add you.`);
}

async function googleMember(db: Firestore, email: string, hostedDomain: string | null): Promise<Principal> {
  const principal = await memberByEmail(db, email);
  const { domains } = await orgIdentityOf(db, principal.org);
  const domain = domainOf(email);
  if (domains.includes(domain) && hostedDomain !== domain) {
    fail(
      "not_member",
      `${email} must sign in with the Google Workspace account of ${domain}, not a personal Google account.`,
    );
  }
  return principal;
}

async function microsoftMember(
  db: Firestore,
  tenant: string,
  objectId: string,
  claimedEmail: string | null,
): Promise<Principal> {
  const org = await tenantOrgOf(db, tenant);
  if (org === null) {
    fail(
      "not_member",
      `This Microsoft tenant (${tenant}) is not connected to any Baton organisation; ask your Baton admin to add it under the organisation's identity settings.`,
      { tenant },
    );
  }
  const link = await findMicrosoftLink(db, tenant, objectId);
  if (link !== null) {
    const principal = link.org === org ? await principalOf(db, link.email) : null;
    if (principal === null || principal.org !== org) notMember(link.email);
    return principal;
  }
  if (claimedEmail === null) {
    fail(
      "not_member",
      "Your Microsoft account carries no address Baton can match; ask your Baton admin to link it.",
    );
  }
  const { domains } = await orgIdentityOf(db, org);
  if (!domains.includes(domainOf(claimedEmail))) {
    fail(
      "not_member",
      `${claimedEmail} is outside the domains your Baton organisation holds; ask your Baton admin to link your Microsoft account to your membership.`,
    );
  }
  const principal = await principalOf(db, claimedEmail);
  if (principal === null || principal.org !== org) notMember(claimedEmail);
  const linked = await linkMicrosoftAccount(db, {
    org,
    email: claimedEmail,
    tenant,
    objectId,
    linkedBy: "first_sign_in",
  });
  if (!linked.ok) {
    fail(
      "not_member",
      `${claimedEmail} is already linked to another Microsoft account; ask your Baton admin to check the link.`,
    );
  }
  return principal;
}
