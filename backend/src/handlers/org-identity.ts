import { AuthError, domainOf } from "../auth/identity";
import type { ErrorParams } from "@baton/shared";
import type { Handlers } from "../http/app";
import { fail } from "../http/errors";
import { forgetDirectory, orgIdentityOf } from "../store/directory";
import { putOrgIdentity } from "../store/org-identity";
import type { ServerDeps } from "./deps";
import { canClaimDomain, dnsTxtLookup, verificationRecord } from "./domain-proof";

/**
 * GET /org/identity for every member, PUT for admins: the email domains the org holds and the Entra
 * tenants whose tokens it accepts (resolve-member.ts). Each new domain and tenant must be proven, and
 * none can be one another org holds.
 */
export function orgIdentityHandlers(deps: ServerDeps): Pick<Handlers, "getOrgIdentity" | "putOrgIdentity"> {
  const lookup = deps.txtLookup ?? dnsTxtLookup;
  return {
    async getOrgIdentity({ principal }) {
      return orgIdentityOf(deps.db, principal.org);
    },

    async putOrgIdentity({ principal, body }) {
      forgetDirectory();
      const current = await orgIdentityOf(deps.db, principal.org);
      for (const domain of body.domains.filter((d) => !current.domains.includes(d))) {
        if (!(await canClaimDomain(domain, principal.org, principal.email, lookup))) {
          fail(
            "invalid_request",
            "errors.proveDomain",
            { domain, record: verificationRecord(principal.org) },
            { path: "domains", domain },
          );
        }
      }
      const proven = await provenTenants(deps, body.tenantProofs, body.domains);
      for (const tenant of body.tenants.filter((t) => !current.tenants.includes(t))) {
        if (!proven.has(tenant)) {
          fail("invalid_request", "errors.proveTenant", { tenant }, { path: "tenants", tenant });
        }
      }
      const outcome = await putOrgIdentity(deps.db, principal.org, {
        domains: body.domains,
        tenants: body.tenants,
      });
      forgetDirectory();
      if (!outcome.ok) {
        fail(
          "conflict",
          "errors.identityTaken",
          { value: outcome.taken.value },
          { [outcome.taken.kind]: outcome.taken.value },
        );
      }
      return outcome.identity;
    },
  };
}

/**
 * Tenants proven by Microsoft sign-in tokens: each verified token whose UPN is in one of `domains`
 * proves its tenant, since Entra issues UPNs only in a tenant's verified domains.
 */
async function provenTenants(deps: ServerDeps, proofs: readonly string[], domains: readonly string[]) {
  const proven = new Set<string>();
  for (const token of proofs) {
    let identity;
    try {
      identity = await deps.verifiers.microsoft(token);
    } catch (error) {
      const reason: ErrorParams =
        error instanceof AuthError
          ? { ...error.params, reasonKey: error.key }
          : { reasonKey: "errors.tenantProofUnverified" };
      fail("invalid_request", "errors.tenantProofRefused", reason, { path: "tenantProofs" });
    }
    if (identity.kind !== "microsoft") continue;
    if (identity.claimedEmail !== null && domains.includes(domainOf(identity.claimedEmail)))
      proven.add(identity.tenant);
  }
  return proven;
}
