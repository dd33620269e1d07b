import { resolveTxt } from "node:dns/promises";
import { domainOf } from "../auth/identity";
import { SETTINGS_LIMITS } from "@baton/shared/limits";

/** TXT records of a domain; injected so tests decide what DNS says. */
export type TxtLookup = (domain: string) => Promise<string[][]>;

/** A slow DNS server must not hold the admin's request (the catalogue says why). */
const DNS_TIMEOUT_MS = SETTINGS_LIMITS.domainProofDnsTimeout.value;

export const dnsTxtLookup: TxtLookup = (domain) =>
  Promise.race([
    resolveTxt(domain),
    new Promise<never>((_, reject) =>
      setTimeout(() => {
        reject(new Error("DNS lookup timed out"));
      }, DNS_TIMEOUT_MS).unref(),
    ),
  ]);

/** The TXT record that proves an org holds a domain: `baton-verification=<org id>`. */
export function verificationRecord(org: string): string {
  return `baton-verification=${org}`;
}

/**
 * Whether the admin may claim `domain` for `org`: their own verified address is in it, or the
 * domain's DNS carries the org's verification record (for an org's second and later domains). A
 * failed lookup proves nothing.
 */
export async function canClaimDomain(
  domain: string,
  org: string,
  adminEmail: string,
  lookup: TxtLookup,
): Promise<boolean> {
  if (domainOf(adminEmail) === domain) return true;
  try {
    const records = await lookup(domain);
    return records.some((chunks) => chunks.join("") === verificationRecord(org));
  } catch {
    return false;
  }
}
