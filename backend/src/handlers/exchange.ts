import type { UserRecord } from "firebase-admin/auth";
import { resolveMember } from "../auth/resolve-member";
import { clientOf, recordFirstSignIn } from "../setup/client-sign-ins";
import type { Handlers } from "../http/app";
import type { ServerDeps } from "./deps";

/**
 * Google (Apps Script) or Microsoft (Office SSO) identity token -> Firebase custom token, so the
 * Outlook task pane can use Firestore listeners under the security rules (which check membership
 * against the member documents; the `{org, role}` claims are only hints for the pane). The member is
 * resolved exactly as for an API call, so the exchange vouches for no one the API would refuse.
 */
export function exchangeHandler(deps: ServerDeps): Handlers["authExchange"] {
  return async ({ body }) => {
    const identity = await deps.verifiers[body.provider](body.token);
    const principal = await resolveMember(deps.db, identity);
    // The Outlook pane's first call is this exchange: it counts as the org's first Outlook sign-in.
    await recordFirstSignIn(deps.db, clientOf(identity), principal, Date.now(), deps.log);
    const claims = { org: principal.org, role: principal.role };
    const uid = await verifiedUserFor(deps, principal.email, principal.name);
    await deps.auth.setCustomUserClaims(uid, claims);
    const customToken = await deps.auth.createCustomToken(uid, claims);
    return { customToken };
  };
}

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown }).code;
}

async function userByEmail(deps: ServerDeps, email: string): Promise<UserRecord | null> {
  try {
    return await deps.auth.getUserByEmail(email);
  } catch (error) {
    if (codeOf(error) !== "auth/user-not-found") throw error;
    return null;
  }
}

/**
 * The Auth user whose verified email is the member's address. An unverified account holding that
 * address was registered by someone who never proved they own it (an impostor, or an abandoned
 * sign-up): it is deleted rather than handed the member's claims, as Firebase itself unlinks an
 * unverified password when a verified provider signs in with the same address.
 */
async function verifiedUserFor(deps: ServerDeps, email: string, name: string): Promise<string> {
  const existing = await userByEmail(deps, email);
  if (existing?.emailVerified === true) return existing.uid;
  if (existing !== null) await deps.auth.deleteUser(existing.uid);
  try {
    return (await deps.auth.createUser({ email, emailVerified: true, displayName: name })).uid;
  } catch (error) {
    // Two exchanges for a new user at once: the other one created it (verified, as here).
    if (codeOf(error) !== "auth/email-already-exists") throw error;
    const created = await userByEmail(deps, email);
    if (created?.emailVerified !== true) throw error;
    return created.uid;
  }
}
