import { maySee, type MailboxVisibility } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import type { Principal } from "../auth/principal";
import { createTtlCache } from "./cache";
import { DIRECTORY_TTL_MS, mailboxesOf } from "./directory";
import { loadOrgSettings } from "./orgs";

/**
 * The org's mailboxVisibility, cached like the directory (every conversation read consults it): a
 * change saved through this instance applies at once, elsewhere within DIRECTORY_TTL_MS.
 */
const visibilities = createTtlCache<MailboxVisibility>(DIRECTORY_TTL_MS);

export function visibilityOf(db: Firestore, org: string): Promise<MailboxVisibility> {
  return visibilities.get(org, async () => (await loadOrgSettings(db, org)).mailboxVisibility);
}

/** After PUT /org/settings through this instance. */
export function forgetVisibility(): void {
  visibilities.clear();
}

const NOTHING_HIDDEN: ReadonlySet<string> = new Set();

/**
 * The ids of the mailboxes whose conversations `principal` does not see (shared maySee): empty for
 * leads and admins without a read, and for everyone while the org's setting is "all".
 */
export async function hiddenMailboxIds(db: Firestore, principal: Principal): Promise<ReadonlySet<string>> {
  if (principal.role === "lead" || principal.role === "admin") return NOTHING_HIDDEN;
  const [visibility, mailboxes] = await Promise.all([
    visibilityOf(db, principal.org),
    mailboxesOf(db, principal.org),
  ]);
  if (visibility === "all") return NOTHING_HIDDEN;
  const member = { email: principal.email, role: principal.role };
  return new Set(mailboxes.filter((m) => !maySee(member, m.routing, visibility)).map((m) => m.id));
}
