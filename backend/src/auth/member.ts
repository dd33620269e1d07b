import type { Firestore } from "firebase-admin/firestore";
import { bearerToken, verifyToken, type Verifiers } from "./authenticate";
import type { Principal } from "./principal";
import { resolveMember } from "./resolve-member";

/**
 * Authorization header -> member. Identity comes from the verified token only; org and role are
 * read fresh from Firestore on every request (cached a few seconds), so a removed member or a changed
 * role takes effect at once, whatever claims an older token still carries.
 */
export function createMemberAuthenticator(
  db: Firestore,
  verifiers: Verifiers,
): (authorization: string | string[] | undefined) => Promise<Principal> {
  return async (authorization) => resolveMember(db, await verifyToken(bearerToken(authorization), verifiers));
}
