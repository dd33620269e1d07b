import type { DocumentData, Firestore } from "firebase-admin/firestore";
import { paths } from "./paths";

/**
 * Which member a Microsoft account (tenant + object id, the identity Entra guarantees) is. Made at the
 * first sign-in whose UPN lies in one of the org's domains, or by an admin for an external member;
 * from then on the object id decides, so renaming another user's UPN in the tenant gains nothing.
 */
export interface MicrosoftLink {
  org: string;
  email: string;
  tenant: string;
  objectId: string;
  linkedBy: "first_sign_in" | "admin";
}

export function microsoftLinkId(tenant: string, objectId: string): string {
  return `ms_${tenant}_${objectId}`;
}

function toLink(data: DocumentData | undefined): MicrosoftLink | null {
  if (data === undefined || typeof data.org !== "string" || typeof data.email !== "string") return null;
  return data as MicrosoftLink;
}

export async function findMicrosoftLink(
  db: Firestore,
  tenant: string,
  objectId: string,
): Promise<MicrosoftLink | null> {
  return toLink((await paths.identity(db, microsoftLinkId(tenant, objectId)).get()).data());
}

export type LinkOutcome = { ok: true } | { ok: false; linkedTo: string };

/**
 * Links the Microsoft account to `email` unless the address is already linked to another Microsoft
 * account of the org (one transaction: two first sign-ins at once cannot both link). Idempotent.
 */
export async function linkMicrosoftAccount(db: Firestore, link: MicrosoftLink): Promise<LinkOutcome> {
  const ref = paths.identity(db, microsoftLinkId(link.tenant, link.objectId));
  return db.runTransaction(async (tx) => {
    const others = await tx.get(
      paths.identities(db).where("org", "==", link.org).where("email", "==", link.email).limit(5),
    );
    const other = others.docs.find((doc) => doc.id !== ref.id);
    if (other !== undefined) return { ok: false, linkedTo: String(other.get("objectId")) };
    tx.set(ref, link);
    return { ok: true };
  });
}

/** Every Microsoft link of a member (when the member is removed, their links go too). */
export async function unlinkMember(db: Firestore, org: string, email: string): Promise<void> {
  const links = await paths.identities(db).where("org", "==", org).where("email", "==", email).get();
  await Promise.all(links.docs.map((doc) => doc.ref.delete()));
}
