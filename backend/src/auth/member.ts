import type { Firestore } from "firebase-admin/firestore";
import { fail } from "../http/errors";
import { principalOf } from "../store/directory";
import { bearerToken, verifyToken, type Verifiers } from "./authenticate";
import type { Principal } from "./principal";

/**
 * Authorization header -> member. Identity comes from the verified token only; org and role are
 * read fresh from Firestore on every request, so a removed member or a changed role takes effect at
 * once, whatever claims an older token still carries.
 */
export function createMemberAuthenticator(
  db: Firestore,
  verifiers: Verifiers,
): (authorization: string | string[] | undefined) => Promise<Principal> {
  return async (authorization) => {
    const identity = await verifyToken(bearerToken(authorization), verifiers);
    const principal = await principalOf(db, identity.email);
    if (principal === null) {
      fail("not_member", `${identity.email} is not a member of a Baton team; ask your admin to add you.`);
    }
    return principal;
  };
}
