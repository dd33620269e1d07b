import { DEFAULT_REDACTION } from "../store/orgs";

/** Days a resolved conversation is kept unless the admin decides otherwise (as the demo org). */
export const DEFAULT_RETENTION_DAYS = 365;

export interface NewOrg {
  org: string;
  name: string;
  admin: { email: string; name: string };
  domains: string[];
  tenants: string[];
  nowMs: number;
}

export interface DocumentWrite {
  path: string;
  data: Record<string, unknown>;
  /** Created, never overwritten: the org id is new, so an existing document is a collision. */
  create?: true;
}

/**
 * Everything a claim writes, in one transaction: the setup record, the org with its identity and
 * default settings, the index documents that make its domains and tenants its own, and its first
 * admin with the account lookup. The same shapes as PUT /org/identity and PUT /members/{email} write.
 */
export function claimDocuments(next: NewOrg): DocumentWrite[] {
  const { org, admin } = next;
  return [
    { path: "deployment/setup", data: { claimedBy: admin.email, claimedAt: next.nowMs, org } },
    {
      path: `orgs/${org}`,
      create: true,
      data: {
        name: next.name,
        ...(next.domains[0] === undefined ? {} : { domain: next.domains[0] }),
        identity: { domains: next.domains, tenants: next.tenants },
        settings: { redaction: DEFAULT_REDACTION, retentionDays: DEFAULT_RETENTION_DAYS },
        createdAt: next.nowMs,
      },
    },
    ...next.domains.map((domain) => ({ path: `domains/${domain}`, data: { org } })),
    ...next.tenants.map((tenant) => ({ path: `tenants/${tenant}`, data: { org } })),
    {
      path: `orgs/${org}/members/${admin.email}`,
      create: true,
      data: { email: admin.email, name: admin.name, role: "admin" },
    },
    { path: `accounts/${admin.email}`, data: { org } },
  ];
}
