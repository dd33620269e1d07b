import { findNonMember } from "@baton/shared";
import type { Firestore } from "firebase-admin/firestore";
import { fail } from "../http/errors";
import { teamOf } from "../store/directory";

/**
 * Every address settings name (leads, on-call, rota, rule members, a mailbox's agents) must be a
 * member of the org: a stranger can't be paged or assigned. Answers 400 with the sentence naming the
 * address and `field`, so the dashboard shows it next to that field.
 */
export async function checkMembers(
  db: Firestore,
  org: string,
  named: ReadonlyArray<readonly [field: string, email: string]>,
): Promise<void> {
  if (named.length === 0) return;
  const team = new Set((await teamOf(db, org)).map((m) => m.email.toLowerCase()));
  const stranger = findNonMember(team, named);
  if (stranger !== null)
    fail("invalid_request", "errors.notOrgMember", { email: stranger.email }, { field: stranger.field });
}
