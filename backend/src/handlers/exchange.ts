import type { Handlers } from "../http/app";
import { fail } from "../http/errors";
import { findPrincipal } from "../store/members";
import type { ServerDeps } from "./deps";

/**
 * Google (Apps Script) or Microsoft (Office SSO) identity token -> Firebase custom token, so the
 * Outlook task pane can use Firestore listeners under the security rules. The claims carry the org
 * and role the rules check; they are also set on the user for later ID tokens.
 */
export function exchangeHandler(deps: ServerDeps): Handlers["authExchange"] {
  return async ({ body }) => {
    const identity = await deps.verifiers[body.provider](body.token);
    const principal = await findPrincipal(deps.db, identity.email);
    if (principal === null) {
      fail("not_member", `${identity.email} is not a member of a Baton team; ask your admin to add you.`);
    }
    const claims = { org: principal.org, role: principal.role };
    const uid = await userIdFor(deps, principal.email, principal.name);
    await deps.auth.setCustomUserClaims(uid, claims);
    const customToken = await deps.auth.createCustomToken(uid, { ...claims, email: principal.email });
    return { customToken };
  };
}

async function userIdFor(deps: ServerDeps, email: string, name: string): Promise<string> {
  try {
    return (await deps.auth.getUserByEmail(email)).uid;
  } catch (error) {
    if ((error as { code?: unknown }).code !== "auth/user-not-found") throw error;
  }
  try {
    return (await deps.auth.createUser({ email, emailVerified: true, displayName: name })).uid;
  } catch (error) {
    // Two exchanges for a new user at once: the other one created it.
    if ((error as { code?: unknown }).code !== "auth/email-already-exists") throw error;
    return (await deps.auth.getUserByEmail(email)).uid;
  }
}
