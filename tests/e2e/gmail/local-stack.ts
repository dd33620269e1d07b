/**
 * The local stack as the Gmail round trip needs it: a fresh org of its own written with the admin
 * SDK (so it never collides with the demo seed or other suites), Auth emulator users signed in
 * through the REST API (their Firebase ID tokens stand in for ScriptApp.getIdentityToken(), which
 * cannot be minted here), and the API base URL read from the emulator hub.
 */
import { initializeApp, getApps, type App } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";

const PROJECT_ID = "demo-baton";
const PASSWORD = "gmail-e2e-password";

function app(): App {
  return getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "")
    throw new Error(`${name} is not set: run through "node scripts/test.mjs emulators"`);
  return value;
}

export async function apiBaseUrl(): Promise<string> {
  const hub = requireEnv("FIREBASE_EMULATOR_HUB");
  const emulators = (await (await fetch(`http://${hub}/emulators`)).json()) as Record<
    string,
    { host: string; port: number }
  >;
  const functions = emulators["functions"];
  if (functions === undefined) throw new Error("the functions emulator is not running");
  return `http://${functions.host}:${functions.port}/${PROJECT_ID}/us-central1/api/v1`;
}

export interface Team {
  org: string;
  mailbox: string;
  members: Record<"ana" | "ben" | "lead", { email: string; name: string; role: "agent" | "lead" }>;
  outsider: string;
}

/** A unique org per run: accounts/{email} is global, so addresses carry the run's suffix. */
export async function createTeam(): Promise<Team> {
  const suffix = Date.now().toString(36);
  const domain = `gmail-e2e-${suffix}.test`;
  const org = `gmail-e2e-${suffix}`;
  const members = {
    ana: { email: `ana@${domain}`, name: "Ana", role: "agent" as const },
    ben: { email: `ben@${domain}`, name: "Ben", role: "agent" as const },
    lead: { email: `lead@${domain}`, name: "Lee", role: "lead" as const },
  };
  const mailbox = `support@${domain}`;
  const db = getFirestore(app());
  const batch = db.batch();
  batch.set(db.doc(`orgs/${org}`), {
    name: "Gmail e2e",
    domain,
    settings: { redaction: { enabled: false } },
  });
  for (const member of Object.values(members)) {
    batch.set(db.doc(`accounts/${member.email}`), { org });
    batch.set(db.doc(`orgs/${org}/members/${member.email}`), member);
  }
  // No policy or calendar: the backend falls back to the default tiers around the clock, so the
  // clocks run whatever time the test runs at.
  batch.set(db.doc(`orgs/${org}/mailboxes/support`), {
    address: mailbox,
    name: "Support",
    routing: { agents: [], onCall: null },
    version: 1,
    // Joined Baton well before the suite's messages: mail from before a mailbox joined is history,
    // recorded but not timed, and these tests read its clocks.
    createdAt: Date.now() - 90 * 24 * 3_600_000,
  });
  await batch.commit();
  const outsider = `stranger@${domain}`;
  const auth = getAuth(app());
  for (const email of [...Object.values(members).map((m) => m.email), outsider]) {
    await auth.createUser({ email, password: PASSWORD, emailVerified: true });
  }
  return { org, mailbox, members, outsider };
}

/** A Firebase ID token from the Auth emulator's REST sign-in, as the backend accepts locally. */
export async function signIn(email: string): Promise<string> {
  const host = requireEnv("FIREBASE_AUTH_EMULATOR_HOST");
  const response = await fetch(
    `http://${host}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-key`,
    {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password: PASSWORD, returnSecureToken: true }),
    },
  );
  const body = (await response.json()) as { idToken?: string };
  if (body.idToken === undefined) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(body)}`);
  return body.idToken;
}
