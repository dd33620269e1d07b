import { z } from "zod";
import { REQUEST_LIMITS, SETTINGS_LIMITS } from "../limits";

/**
 * Mail providers' consumer domains: no org can hold one (holding gmail.com would stop every other
 * org from adding a gmail.com external member). Their users join an org only as external members.
 */
export const CONSUMER_MAIL_DOMAINS = [
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "icloud.com",
  "me.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.net",
  "web.de",
  "ziggo.nl",
  "kpnmail.nl",
] as const;

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const DOMAIN = new RegExp(`^(?=.{4,253}$)(?:${LABEL}\\.)+[a-z]{2,63}$`);

export const domainNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(DOMAIN, { error: 'expected a domain name such as "acme.example"' })
  .refine((d) => !(CONSUMER_MAIL_DOMAINS as readonly string[]).includes(d), {
    error:
      "a public mail provider's domain can't belong to one organisation; add its users as external members",
  });

/** A GUID, lower-cased as Entra issues them in `tid` and `oid`. */
const guidSchema = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
      error: `expected ${what} (a GUID)`,
    });

export const tenantIdSchema = guidSchema("a Microsoft Entra tenant id");
export const objectIdSchema = guidSchema("a Microsoft Entra object id");

const unique = (list: readonly string[]) => list.length === new Set(list).size;

/**
 * PUT /org/identity (admins only): the email domains the org holds and the Entra tenants whose tokens
 * it accepts. A new domain must be proven (the admin's own address is in it, or its DNS has
 * `baton-verification=<org>` as a TXT record); a new tenant needs `tenantProofs`: a Microsoft ID
 * token of that tenant whose UPN is in one of the org's domains (Entra only issues UPNs in the
 * tenant's verified domains).
 */
export const putOrgIdentityRequestSchema = z.strictObject({
  domains: z
    .array(domainNameSchema)
    .max(SETTINGS_LIMITS.orgDomains.value)
    .refine(unique, { error: "a domain is listed twice" }),
  tenants: z
    .array(tenantIdSchema)
    .max(SETTINGS_LIMITS.orgTenants.value)
    .refine(unique, { error: "a tenant is listed twice" }),
  tenantProofs: z
    .array(z.string().min(1).max(REQUEST_LIMITS.identityTokenLength.value))
    .max(SETTINGS_LIMITS.orgTenants.value)
    .default([]),
});

export const orgIdentityResponseSchema = z.object({
  domains: z.array(z.string()),
  tenants: z.array(z.string()),
});

export type PutOrgIdentityRequest = z.input<typeof putOrgIdentityRequestSchema>;
export type OrgIdentityResponse = z.output<typeof orgIdentityResponseSchema>;
