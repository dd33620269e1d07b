/**
 * Adding a domain to the organisation (PUT /org/identity): the new list checked with the API's schema
 * first, so a mistyped or public-provider domain is said beside the field before anything is sent.
 */
import {
  describeIssue,
  putOrgIdentityRequestSchema,
  type OrgIdentityResponse,
  type PutOrgIdentityRequest,
} from "@baton/shared/api";

export type AddDomainResult = { ok: true; request: PutOrgIdentityRequest } | { ok: false; error: string };

export function readAddDomain(current: OrgIdentityResponse, typed: string): AddDomainResult {
  const domain = typed.trim().toLowerCase();
  if (domain === "") return { ok: false, error: "Type the domain to add, such as acme.example." };
  if (current.domains.includes(domain))
    return { ok: false, error: `${domain} is one of the organisation's domains already.` };
  const request = { domains: [...current.domains, domain], tenants: current.tenants, tenantProofs: [] };
  const parsed = putOrgIdentityRequestSchema.safeParse(request, { error: describeIssue });
  if (!parsed.success)
    return { ok: false, error: `${domain}: ${parsed.error.issues[0]?.message ?? "not a domain"}` };
  return { ok: true, request };
}

/** How a new domain is proven, said before the admin sends it (the API checks the same). */
export function domainProofSentence(adminEmail: string, org: string): string {
  const own = adminEmail.split("@")[1] ?? "";
  return `A domain you add must be yours: either your own address is in it (${own}), or its DNS holds the TXT record baton-verification=${org}.`;
}
