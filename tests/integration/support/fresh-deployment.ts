// A fresh deployment for the first-run suites and the Chromium walk: no setup record, and nothing a
// previous claim made (its org with everything under it, its members' accounts, the index documents
// of its domains and tenants). Other suites' orgs are left alone: they never hold the setup domain.
import type { Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import { SETUP_DOMAIN } from "./setup-code";

/**
 * Deletes the setup record and what its claim created. With `auth`, also the Auth emulator's users of
 * the setup domain, so a walk can sign the same people up again.
 */
export async function resetToFresh(db: Firestore, auth?: Auth): Promise<void> {
  const setup = db.doc("deployment/setup");
  const claimedOrg: unknown = (await setup.get()).get("org");
  // A claim whose setup record is gone still holds the domain: find its org through the index too.
  const domainOrg: unknown = (await db.doc(`domains/${SETUP_DOMAIN}`).get()).get("org");
  const orgs = [...new Set([claimedOrg, domainOrg].filter((o): o is string => typeof o === "string"))];
  for (const org of orgs) await deleteOrg(db, org);
  await setup.delete();
  if (auth !== undefined) await deleteSetupDomainUsers(auth);
}

async function deleteSetupDomainUsers(auth: Auth): Promise<void> {
  let pageToken: string | undefined;
  do {
    const page = await auth.listUsers(1000, pageToken);
    const uids = page.users.filter((u) => u.email?.endsWith(`@${SETUP_DOMAIN}`) === true).map((u) => u.uid);
    if (uids.length > 0) await auth.deleteUsers(uids);
    pageToken = page.pageToken;
  } while (pageToken !== undefined);
}

async function deleteOrg(db: Firestore, org: string): Promise<void> {
  const orgRef = db.doc(`orgs/${org}`);
  const identity = ((await orgRef.get()).get("identity") ?? {}) as { domains?: unknown; tenants?: unknown };
  const members = await orgRef.collection("members").get();
  const batch = db.batch();
  for (const member of members.docs) {
    const account = db.doc(`accounts/${member.id}`);
    if ((await account.get()).get("org") === org) batch.delete(account);
  }
  for (const domain of stringList(identity.domains)) batch.delete(db.doc(`domains/${domain}`));
  for (const tenant of stringList(identity.tenants)) batch.delete(db.doc(`tenants/${tenant}`));
  batch.delete(db.doc(`domains/${SETUP_DOMAIN}`));
  await batch.commit();
  await db.recursiveDelete(orgRef);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
