/**
 * Who the signed-in member is: email, role, org, teammates and the org's Baton mailboxes. GET /me
 * answers it in one call; when the backend has no /me (404) the pane reads the same facts from the ID
 * token's custom claims and the org's members and mailboxes collections, which members may read under
 * the security rules. The mailboxes decide which threads are team threads (chooseTeamMailbox): the
 * pane sends nothing about any other.
 */
import type { User } from "firebase/auth";
import { collection, getDocs, type Firestore } from "firebase/firestore";
import { ApiError, type Member, type MeResponse } from "../api/client";
import type { Identity } from "../taskpane/controller";

export async function resolveIdentity(
  me: () => Promise<MeResponse>,
  user: User,
  db: Firestore,
  fallbackOrg: string | null,
): Promise<Identity> {
  try {
    const answer = await me();
    return {
      email: answer.email.toLowerCase(),
      role: answer.role,
      org: answer.org,
      members: answer.members,
      // An older backend without `mailboxes` leaves the list empty: every thread is then private,
      // which fails closed (nothing sent) rather than open.
      mailboxes: ((answer.mailboxes as MeResponse["mailboxes"] | undefined) ?? []).map((m) =>
        m.address.toLowerCase(),
      ),
    };
  } catch (error) {
    if (!(error instanceof ApiError) || (error.status !== 404 && error.code !== "not_found")) throw error;
  }
  const claims = (await user.getIdTokenResult()).claims;
  const org = typeof claims.org === "string" ? claims.org : fallbackOrg;
  if (org === null)
    throw new ApiError("not_member", "Your account is not a member of a Baton team yet.", 403);
  const [memberDocs, mailboxDocs] = await Promise.all([
    getDocs(collection(db, "orgs", org, "members")),
    getDocs(collection(db, "orgs", org, "mailboxes")),
  ]);
  const members: Member[] = memberDocs.docs.map((doc) => {
    const data = doc.data() as { email?: string; name?: string; role?: string };
    return { email: (data.email ?? doc.id).toLowerCase(), name: data.name, role: data.role };
  });
  const mailboxes = mailboxDocs.docs
    .map((doc) => (doc.data() as { address?: unknown }).address)
    .filter((address): address is string => typeof address === "string")
    .map((address) => address.toLowerCase());
  return {
    email: (user.email ?? "").toLowerCase(),
    role: typeof claims.role === "string" ? claims.role : "agent",
    org,
    members,
    mailboxes,
  };
}
