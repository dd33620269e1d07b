import type { Firestore } from "firebase-admin/firestore";
import { bearerToken, verifyToken, type Verifiers } from "./authenticate";
import type { Principal } from "./principal";
import { resolveMember } from "./resolve-member";
import { clientOf, recordFirstSignIn } from "../setup/client-sign-ins";

/**
 * Authorization header -> member. Identity comes from the verified token only; org and role are
 * read fresh from Firestore on every request (cached a few seconds), so a removed member or a changed
 * role takes effect at once, whatever claims an older token still carries. `localClient` is the
 * request's LOCAL_CLIENT_HEADER, which only the emulator reads (clientOf).
 */
export function createMemberAuthenticator(
  db: Firestore,
  verifiers: Verifiers,
  log?: (message: string, error: unknown) => void,
): (authorization: string | string[] | undefined, localClient?: string | string[]) => Promise<Principal> {
  return async (authorization, localClient) => {
    const identity = await verifyToken(bearerToken(authorization), verifiers);
    const principal = await resolveMember(db, identity);
    // The install page's "Outlook: first sign-in 10:42 by ana@" (at most one write per org per instance).
    await recordFirstSignIn(db, clientOf(identity, localClient), principal, Date.now(), log);
    return principal;
  };
}
