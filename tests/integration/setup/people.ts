// People of the setup domain for the first-run suites: verified Auth users (as a Workspace sign-in
// is), each with a new address so no cached directory entry of an earlier test answers for them.
import { randomBytes } from "node:crypto";
import type { ClaimSetupRequest } from "@baton/shared";
import { PASSWORD } from "../support/fixtures";
import { TEST_SETUP_CODE, SETUP_DOMAIN } from "../support/setup-code";
import { adminApp, call, signIn } from "../support/stack";

export interface Person {
  email: string;
  name: string;
  token: string;
}

export async function person(label: string, domain = SETUP_DOMAIN): Promise<Person> {
  const email = `${label}-${randomBytes(3).toString("hex")}@${domain}`;
  const name = label.charAt(0).toUpperCase() + label.slice(1);
  await adminApp().auth.createUser({ email, password: PASSWORD, displayName: name, emailVerified: true });
  return { email, name, token: await signIn(email, PASSWORD) };
}

export function claim(token: string, request: Partial<ClaimSetupRequest> = {}) {
  return call<{ org: string; error?: { code: string; message: string; details?: Record<string, unknown> } }>(
    token,
    "POST",
    "/setup/claim",
    { code: TEST_SETUP_CODE, orgName: "First Run Co", ...request },
  );
}

/** The orgs holding the setup domain in their identity: exactly one after any claim. */
export async function orgsHoldingSetupDomain(): Promise<string[]> {
  const { db } = adminApp();
  const found = await db.collection("orgs").where("identity.domains", "array-contains", SETUP_DOMAIN).get();
  return found.docs.map((doc) => doc.id);
}
