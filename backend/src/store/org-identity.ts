import type { Firestore } from "firebase-admin/firestore";
import { paths } from "./paths";

/**
 * What an org vouches for: the email domains it holds (its Workspace / Microsoft 365 domains) and
 * the Entra tenants whose tokens it accepts. Each domain and tenant is held by one org at most, through
 * the global `domains/{domain}` and `tenants/{tid}` documents written in the same transaction.
 */
export interface OrgIdentity {
  domains: string[];
  tenants: string[];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function toOrgIdentity(value: unknown): OrgIdentity {
  const data = (value ?? {}) as { domains?: unknown; tenants?: unknown };
  return { domains: stringList(data.domains), tenants: stringList(data.tenants) };
}

export async function loadOrgIdentity(db: Firestore, org: string): Promise<OrgIdentity> {
  return toOrgIdentity((await paths.org(db, org).get()).get("identity"));
}

/** The org that holds `domain`, or null. */
export async function orgHoldingDomain(db: Firestore, domain: string): Promise<string | null> {
  const org: unknown = (await paths.domain(db, domain).get()).get("org");
  return typeof org === "string" && org !== "" ? org : null;
}

/** The org that bound Entra tenant `tid`, or null. */
export async function orgOfTenant(db: Firestore, tid: string): Promise<string | null> {
  const org: unknown = (await paths.tenant(db, tid).get()).get("org");
  return typeof org === "string" && org !== "" ? org : null;
}

export type PutOrgIdentityOutcome =
  { ok: true; identity: OrgIdentity } | { ok: false; taken: { kind: "domain" | "tenant"; value: string } };

/**
 * Replaces the org's domains and tenants. A domain or tenant another org holds is refused (first come,
 * first served, decided in one transaction, so two orgs claiming the same domain at once cannot both
 * win); the ones the org drops are released for others.
 */
export async function putOrgIdentity(
  db: Firestore,
  org: string,
  next: OrgIdentity,
): Promise<PutOrgIdentityOutcome> {
  return db.runTransaction(async (tx) => {
    const orgRef = paths.org(db, org);
    const previous = toOrgIdentity((await tx.get(orgRef)).get("identity"));
    const entries = [
      ...next.domains.map((value) => ({ kind: "domain" as const, value, ref: paths.domain(db, value) })),
      ...next.tenants.map((value) => ({ kind: "tenant" as const, value, ref: paths.tenant(db, value) })),
    ];
    const snapshots = entries.length === 0 ? [] : await tx.getAll(...entries.map((e) => e.ref));
    for (const [i, entry] of entries.entries()) {
      const holder: unknown = snapshots[i]?.get("org");
      if (typeof holder === "string" && holder !== org) {
        return { ok: false, taken: { kind: entry.kind, value: entry.value } };
      }
    }
    for (const entry of entries) tx.set(entry.ref, { org });
    for (const domain of previous.domains.filter((d) => !next.domains.includes(d)))
      tx.delete(paths.domain(db, domain));
    for (const tenant of previous.tenants.filter((t) => !next.tenants.includes(t)))
      tx.delete(paths.tenant(db, tenant));
    tx.set(orgRef, { identity: next }, { merge: true });
    return { ok: true, identity: next };
  });
}
