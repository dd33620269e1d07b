import { isRole, type Role } from "@baton/shared";
import type { DocumentData, DocumentSnapshot, Firestore, Transaction } from "firebase-admin/firestore";
import { domainOf } from "../auth/identity";
import type { Principal } from "../auth/principal";
import { availabilityFieldsOf } from "./availability";
import { languageFieldOf, memberLanguageOf } from "./member-language";
import { toOrgIdentity } from "./org-identity";
import { paths } from "./paths";

export interface MemberDoc {
  email: string;
  name: string;
  role: Role;
  /** An address outside the org's domains, added on purpose by an admin. */
  external?: true;
}

function toMember(email: string, data: DocumentData | undefined): MemberDoc | null {
  if (data === undefined || !isRole(data.role)) return null;
  const name = typeof data.name === "string" && data.name !== "" ? data.name : email;
  return data.external === true
    ? { email, name, role: data.role, external: true }
    : { email, name, role: data.role };
}

/** The member behind a verified address: accounts/{email} names the org, the member doc the role. */
export async function findPrincipal(db: Firestore, email: string): Promise<Principal | null> {
  const account = await paths.account(db, email).get();
  const org: unknown = account.get("org");
  if (typeof org !== "string" || org === "") return null;
  const memberData = (await paths.member(db, org, email).get()).data();
  const member = toMember(email, memberData);
  if (member === null) return null;
  const language = memberLanguageOf(memberData);
  return {
    email,
    org,
    role: member.role,
    name: member.name,
    ...(language === null ? {} : { languages: [language] }),
  };
}

export async function listMembers(db: Firestore, org: string): Promise<MemberDoc[]> {
  const snapshot = await paths.members(db, org).get();
  return snapshot.docs
    .map((doc) => toMember(doc.id, doc.data()))
    .filter((member): member is MemberDoc => member !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export type PutMemberOutcome =
  | { ok: true; member: MemberDoc }
  | { ok: false; reason: "other_org" | "last_admin" | "domain_of_other_org" | "outside_domains" };

/**
 * Whether taking `email` out of the admins would leave the org with none (nobody could then manage
 * members or mailboxes, and only a database edit could repair it). Read inside the caller's
 * transaction, so two admins demoting each other at once cannot both succeed.
 */
async function isLastAdmin(
  tx: Transaction,
  db: Firestore,
  org: string,
  email: string,
  existing: DocumentSnapshot,
): Promise<boolean> {
  if (existing.get("role") !== "admin") return false;
  const admins = await tx.get(paths.members(db, org).where("role", "==", "admin").limit(2));
  return admins.docs.every((doc) => doc.id === email);
}

/** What decides whether an address may be made a member of `org` (read inside a transaction). */
export interface MemberPlacementFacts {
  /** accounts/{email}.org: the org the address belongs to, if any. */
  accountOrg: unknown;
  /** domains/{domain}.org: the org holding the address's domain, if any. */
  domainOrg: unknown;
  inOwnDomains: boolean;
  external?: boolean | undefined;
}

/**
 * The rules of PUT /members/{email} that do not depend on roles, shared with the member import:
 * another org's member, an address in a domain another org holds, and an address outside the org's
 * own domains unless the admin says it is an external member.
 */
export function placeMember(
  org: string,
  facts: MemberPlacementFacts,
):
  | { ok: true; inOwnDomains: boolean }
  | { ok: false; reason: "other_org" | "domain_of_other_org" | "outside_domains" } {
  if (typeof facts.accountOrg === "string" && facts.accountOrg !== org)
    return { ok: false, reason: "other_org" };
  if (typeof facts.domainOrg === "string" && facts.domainOrg !== org)
    return { ok: false, reason: "domain_of_other_org" };
  if (!facts.inOwnDomains && facts.external !== true) return { ok: false, reason: "outside_domains" };
  return { ok: true, inOwnDomains: facts.inOwnDomains };
}

/**
 * Creates or updates a member and the account lookup in one transaction. Refused: an address that
 * already belongs to another org, or whose domain another org holds (otherwise one org's admin could
 * pull another org's user over, or create an account for an address it does not own), and an address
 * outside the org's own domains unless the admin says it is an external member.
 */
export async function putMember(
  db: Firestore,
  org: string,
  email: string,
  change: { role: Role; name?: string | undefined; external?: boolean | undefined },
): Promise<PutMemberOutcome> {
  return db.runTransaction(async (tx) => {
    const accountRef = paths.account(db, email);
    const memberRef = paths.member(db, org, email);
    const domain = domainOf(email);
    const [account, existing, domainDoc, orgDoc] = await Promise.all([
      tx.get(accountRef),
      tx.get(memberRef),
      tx.get(paths.domain(db, domain)),
      tx.get(paths.org(db, org)),
    ]);
    const placed = placeMember(org, {
      accountOrg: account.get("org"),
      domainOrg: domainDoc.get("org"),
      inOwnDomains: toOrgIdentity(orgDoc.get("identity")).domains.includes(domain),
      external: change.external,
    });
    if (!placed.ok) return placed;
    const { inOwnDomains } = placed;
    if (change.role !== "admin" && (await isLastAdmin(tx, db, org, email, existing)))
      return { ok: false, reason: "last_admin" };
    const previousName: unknown = existing.get("name");
    const name = change.name ?? (typeof previousName === "string" ? previousName : email);
    const member: MemberDoc = inOwnDomains
      ? { email, name, role: change.role }
      : { email, name, role: change.role, external: true };
    // Role and name are this PUT's; availability (away, hours, skills, cap) and the member's own
    // preferences (language) are set apart and kept.
    tx.set(memberRef, { ...availabilityFieldsOf(existing), ...languageFieldOf(existing), ...member });
    if (!account.exists) tx.set(accountRef, { org });
    forgetRemoval(tx, db, org, email);
    return { ok: true, member };
  });
}

export type RemoveMemberOutcome = { ok: true } | { ok: false; reason: "not_found" | "last_admin" };

/**
 * Takes a member out of the org: the member document and the account lookup go, and a removal record
 * stays, in one transaction. Access ends with the member document (the API and the rules both read
 * it); the record lets a repeated DELETE re-run the clean-up outside Firestore (sign-in claims,
 * refresh tokens, Microsoft links) until it has finished, instead of answering "not found".
 */
export async function removeMember(
  db: Firestore,
  org: string,
  email: string,
  nowMs: number,
): Promise<RemoveMemberOutcome> {
  return db.runTransaction(async (tx) => {
    const accountRef = paths.account(db, email);
    const memberRef = paths.member(db, org, email);
    const removalRef = paths.removal(db, org, email);
    const [account, existing, removal] = await Promise.all([
      tx.get(accountRef),
      tx.get(memberRef),
      tx.get(removalRef),
    ]);
    if (!existing.exists) return removal.exists ? { ok: true } : { ok: false, reason: "not_found" };
    if (await isLastAdmin(tx, db, org, email, existing)) return { ok: false, reason: "last_admin" };
    tx.delete(memberRef);
    if (account.get("org") === org) tx.delete(accountRef);
    tx.set(removalRef, { at: nowMs, cleanedUp: false });
    return { ok: true };
  });
}

/** The clean-up after a removal finished: a later DELETE has nothing left to do. */
export async function markRemovalCleanedUp(db: Firestore, org: string, email: string): Promise<void> {
  await paths.removal(db, org, email).set({ cleanedUp: true }, { merge: true });
}

/** A re-added member is no longer a removal. */
function forgetRemoval(tx: Transaction, db: Firestore, org: string, email: string): void {
  tx.delete(paths.removal(db, org, email));
}
