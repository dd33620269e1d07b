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
  fail("not_member", "errors.notBatonMember", { email });
}

async function googleMember(db: Firestore, email: string, hostedDomain: string | null): Promise<Principal> {
  const principal = await memberByEmail(db, email);
  const { domains } = await orgIdentityOf(db, principal.org);
  const domain = domainOf(email);
  if (domains.includes(domain) && hostedDomain !== domain) {
    fail("not_member", "errors.googleWorkspaceOnly", { email, domain });
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
    fail("not_member", "errors.tenantUnknown", { tenant }, { tenant });
  }
  const link = await findMicrosoftLink(db, tenant, objectId);
  if (link !== null) {
    const principal = link.org === org ? await principalOf(db, link.email) : null;
    if (principal === null || principal.org !== org) notMember(link.email);
    return principal;
  }
  if (claimedEmail === null) {
    fail("not_member", "errors.microsoftNoAddress");
  }
  const { domains } = await orgIdentityOf(db, org);
  if (!domains.includes(domainOf(claimedEmail))) {
    fail("not_member", "errors.microsoftOutsideDomains", { email: claimedEmail });
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
    fail("not_member", "errors.microsoftLinkedElsewhere", { email: claimedEmail });
  }
  return principal;
}
