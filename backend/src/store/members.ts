import { isRole, type Role } from "@baton/shared";
import type { DocumentData, DocumentSnapshot, Firestore, Transaction } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import { paths } from "./paths";

export interface MemberDoc {
  email: string;
  name: string;
  role: Role;
}

function toMember(email: string, data: DocumentData | undefined): MemberDoc | null {
  if (data === undefined || !isRole(data.role)) return null;
  const name = typeof data.name === "string" && data.name !== "" ? data.name : email;
  return { email, name, role: data.role };
}

/** The member behind a verified address: accounts/{email} names the org, the member doc the role. */
export async function findPrincipal(db: Firestore, email: string): Promise<Principal | null> {
  const account = await paths.account(db, email).get();
  const org: unknown = account.get("org");
  if (typeof org !== "string" || org === "") return null;
  const member = toMember(email, (await paths.member(db, org, email).get()).data());
  return member === null ? null : { email, org, role: member.role, name: member.name };
}

export async function listMembers(db: Firestore, org: string): Promise<MemberDoc[]> {
  const snapshot = await paths.members(db, org).get();
  return snapshot.docs
    .map((doc) => toMember(doc.id, doc.data()))
    .filter((member): member is MemberDoc => member !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export type PutMemberOutcome =
  { ok: true; member: MemberDoc } | { ok: false; reason: "other_org" | "last_admin" };

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

/**
 * Creates or updates a member and the account lookup in one transaction. An address that already
 * belongs to another org is refused: otherwise one org's admin could pull another org's user over.
 */
export async function putMember(
  db: Firestore,
  org: string,
  email: string,
  change: { role: Role; name?: string | undefined },
): Promise<PutMemberOutcome> {
  return db.runTransaction(async (tx) => {
    const accountRef = paths.account(db, email);
    const memberRef = paths.member(db, org, email);
    const [account, existing] = await Promise.all([tx.get(accountRef), tx.get(memberRef)]);
    const accountOrg: unknown = account.get("org");
    if (typeof accountOrg === "string" && accountOrg !== org) return { ok: false, reason: "other_org" };
    if (change.role !== "admin" && (await isLastAdmin(tx, db, org, email, existing)))
      return { ok: false, reason: "last_admin" };
    const previousName: unknown = existing.get("name");
    const name = change.name ?? (typeof previousName === "string" ? previousName : email);
    const member: MemberDoc = { email, name, role: change.role };
    tx.set(memberRef, member);
    if (!account.exists) tx.set(accountRef, { org });
    return { ok: true, member };
  });
}

export type RemoveMemberOutcome = { ok: true } | { ok: false; reason: "not_found" | "last_admin" };

/** Takes a member out of the org: the member document and the account lookup, in one transaction. */
export async function removeMember(db: Firestore, org: string, email: string): Promise<RemoveMemberOutcome> {
  return db.runTransaction(async (tx) => {
    const accountRef = paths.account(db, email);
    const memberRef = paths.member(db, org, email);
    const [account, existing] = await Promise.all([tx.get(accountRef), tx.get(memberRef)]);
    if (!existing.exists) return { ok: false, reason: "not_found" };
    if (await isLastAdmin(tx, db, org, email, existing)) return { ok: false, reason: "last_admin" };
    tx.delete(memberRef);
    if (account.get("org") === org) tx.delete(accountRef);
    return { ok: true };
  });
}
