import type { ImportMembersResponse, Role } from "@baton/shared";
import {
  FieldValue,
  type DocumentReference,
  type DocumentSnapshot,
  type Firestore,
  type Transaction,
} from "firebase-admin/firestore";
import { domainOf } from "../auth/identity";
import { memberRefusalSentence } from "../handlers/admin";
import { placeMember } from "../store/members";
import { toOrgIdentity } from "../store/org-identity";
import { paths } from "../store/paths";

export interface ImportRow {
  email: string;
  name: string;
  role: Role;
}

/** What one import request wrote, and the rows whose role changed (their sign-in claims follow). */
export interface ImportResult extends ImportMembersResponse {
  written: ImportRow[];
}

const LAST_ADMIN = (email: string) => memberRefusalSentence(email, "last_admin");

/**
 * Imports up to one batch of rows (SETUP_LIMITS.memberImportBatch) in one transaction, by the rules of
 * PUT /members/{email}: another org's member, an address in a domain another org holds, or one
 * outside the org's domains is skipped with the same sentence, and no row may leave the org without
 * an admin (read inside the transaction, so concurrent changes cannot both demote the last one).
 * A row equal to the member's current name and role writes nothing. A CSV has no "external" column:
 * external members are added one by one, on purpose.
 */
export async function importMembers(
  db: Firestore,
  org: string,
  rows: readonly ImportRow[],
): Promise<ImportResult> {
  const seen = new Set<string>();
  const duplicates: ImportMembersResponse["skipped"] = [];
  const unique: ImportRow[] = [];
  for (const row of rows) {
    if (seen.has(row.email)) {
      duplicates.push({
        email: row.email,
        reason: `${row.email} appears more than once; the first row was used.`,
      });
    } else {
      seen.add(row.email);
      unique.push(row);
    }
  }
  const result = await db.runTransaction(async (tx) => {
    const out: ImportResult = { created: [], updated: [], unchanged: [], skipped: [], written: [] };
    const domains = [...new Set(unique.map((row) => domainOf(row.email)))];
    const [orgDoc, admins, accountDocs, memberDocs, domainDocs] = await Promise.all([
      tx.get(paths.org(db, org)),
      tx.get(paths.members(db, org).where("role", "==", "admin")),
      getAll(
        tx,
        unique.map((row) => paths.account(db, row.email)),
      ),
      getAll(
        tx,
        unique.map((row) => paths.member(db, org, row.email)),
      ),
      getAll(
        tx,
        domains.map((domain) => paths.domain(db, domain)),
      ),
    ]);
    const ownDomains = toOrgIdentity(orgDoc.get("identity")).domains;
    const domainOrgs = new Map(domains.map((domain, i) => [domain, domainDocs[i]?.get("org") as unknown]));
    const adminSet = new Set(admins.docs.map((doc) => doc.id));
    for (const [i, row] of unique.entries()) {
      const account = accountDocs[i];
      const existing = memberDocs[i];
      const domain = domainOf(row.email);
      const placed = placeMember(org, {
        accountOrg: account?.get("org"),
        domainOrg: domainOrgs.get(domain),
        inOwnDomains: ownDomains.includes(domain),
      });
      if (!placed.ok) {
        out.skipped.push({ email: row.email, reason: memberRefusalSentence(row.email, placed.reason) });
        continue;
      }
      if (row.role !== "admin" && adminSet.has(row.email)) {
        if (adminSet.size === 1) {
          out.skipped.push({ email: row.email, reason: LAST_ADMIN(row.email) });
          continue;
        }
        adminSet.delete(row.email);
      }
      if (row.role === "admin") adminSet.add(row.email);
      if (existing?.exists === true && sameMember(existing, row)) {
        out.unchanged.push(row.email);
        continue;
      }
      // Merged: only name and role are the import's; what else a member carries (availability, set
      // apart) is kept. The address is in the org's own domains, so it is not an external member.
      tx.set(
        paths.member(db, org, row.email),
        { email: row.email, name: row.name, role: row.role, external: FieldValue.delete() },
        { merge: true },
      );
      if (account?.exists !== true) tx.set(paths.account(db, row.email), { org });
      // A re-added member is no longer a removal (as PUT /members/{email}).
      tx.delete(paths.removal(db, org, row.email));
      (existing?.exists === true ? out.updated : out.created).push(row.email);
      out.written.push(row);
    }
    return out;
  });
  return { ...result, skipped: [...result.skipped, ...duplicates] };
}

function sameMember(existing: DocumentSnapshot, row: ImportRow): boolean {
  return (
    existing.get("name") === row.name &&
    existing.get("role") === row.role &&
    existing.get("external") !== true
  );
}

async function getAll(tx: Transaction, refs: DocumentReference[]): Promise<DocumentSnapshot[]> {
  return refs.length === 0 ? [] : tx.getAll(...refs);
}
