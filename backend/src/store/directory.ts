import type { Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import { createTtlCache } from "./cache";
import { listMailboxes, type Mailbox } from "./mailboxes";
import { findPrincipal, listMembers, type MemberDoc } from "./members";
import { loadOrgIdentity, orgOfTenant, type OrgIdentity } from "./org-identity";
import { SETTINGS_LIMITS } from "@baton/shared/limits";

/**
 * The org directory every request consults — who the caller is, the team, the mailboxes — cached
 * per instance for a few seconds. It saves two to four Firestore round trips per request; changes
 * made through this instance are visible at once, elsewhere within DIRECTORY_TTL_MS.
 */
export const DIRECTORY_TTL_MS = SETTINGS_LIMITS.directoryTtl.value;

const principals = createTtlCache<Principal | null>(DIRECTORY_TTL_MS);
const teams = createTtlCache<MemberDoc[]>(DIRECTORY_TTL_MS);
const mailboxes = createTtlCache<Mailbox[]>(DIRECTORY_TTL_MS);
const orgIdentities = createTtlCache<OrgIdentity>(DIRECTORY_TTL_MS);
const tenantOrgs = createTtlCache<string | null>(DIRECTORY_TTL_MS);

export function principalOf(db: Firestore, email: string): Promise<Principal | null> {
  return principals.get(email, () => findPrincipal(db, email));
}

export function teamOf(db: Firestore, org: string): Promise<MemberDoc[]> {
  return teams.get(org, () => listMembers(db, org));
}

export function mailboxesOf(db: Firestore, org: string): Promise<Mailbox[]> {
  return mailboxes.get(org, () => listMailboxes(db, org));
}

/** The domains and Entra tenants an org holds. */
export function orgIdentityOf(db: Firestore, org: string): Promise<OrgIdentity> {
  return orgIdentities.get(org, () => loadOrgIdentity(db, org));
}

/** The org an Entra tenant is bound to, or null. */
export function tenantOrgOf(db: Firestore, tid: string): Promise<string | null> {
  return tenantOrgs.get(tid, () => orgOfTenant(db, tid));
}

/** A mailbox by document id or by address (sidebars know the address, not our id). */
export async function mailboxNamed(db: Firestore, org: string, idOrAddress: string): Promise<Mailbox | null> {
  const all = await mailboxesOf(db, org);
  return all.find((m) => m.id === idOrAddress) ?? all.find((m) => m.address === idOrAddress) ?? null;
}

/** After a write through this instance: the next read goes to Firestore. */
export function forgetDirectory(): void {
  principals.clear();
  teams.clear();
  mailboxes.clear();
  orgIdentities.clear();
  tenantOrgs.clear();
}
