// The local stack as the integration tests see it: the API's base URL (from the emulator hub, so the
// suite runs on whatever ports `firebase emulators:exec` was given), the admin SDK against the
// emulators, sign-in through the Auth emulator's REST API, and a raw HTTP client.
import { getApps, initializeApp, type App } from "firebase-admin/app";
import { getAuth, type Auth } from "firebase-admin/auth";
import { getFirestore, type Firestore } from "firebase-admin/firestore";

export const PROJECT_ID = process.env.GCLOUD_PROJECT ?? "demo-baton";

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set: run the suite inside \`firebase emulators:exec\` (npm test does).`);
  }
  return value;
}

let base: Promise<string> | undefined;

/** http://host:port/demo-baton/us-central1/api/v1, with the functions emulator's address from the hub. */
export function apiBase(): Promise<string> {
  base ??= (async () => {
    const hub = required("FIREBASE_EMULATOR_HUB");
    const response = await fetch(`http://${hub}/emulators`);
    const emulators = (await response.json()) as { functions?: { host: string; port: number } };
    if (emulators.functions === undefined) throw new Error("The functions emulator is not running.");
    return `http://${emulators.functions.host}:${emulators.functions.port}/${PROJECT_ID}/us-central1/api/v1`;
  })();
  return base;
}

let app: App | undefined;

export function adminApp(): { db: Firestore; auth: Auth } {
  required("FIRESTORE_EMULATOR_HOST");
  required("FIREBASE_AUTH_EMULATOR_HOST");
  app ??= getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  return { db: getFirestore(app), auth: getAuth(app) };
}

/** An ID token for an Auth emulator user, the way the web SDK signs in. */
export async function signIn(email: string, password: string): Promise<string> {
  const host = required("FIREBASE_AUTH_EMULATOR_HOST");
  const response = await fetch(
    `http://${host}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-key`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password, returnSecureToken: true }),
    },
  );
  const body = (await response.json()) as { idToken?: string; error?: { message?: string } };
  if (body.idToken === undefined)
    throw new Error(`sign-in of ${email} failed: ${body.error?.message ?? "?"}`);
  return body.idToken;
}

/** An ID token for a custom token (from POST /auth/exchange), the way the web SDK signs in with it. */
export async function signInWithCustomToken(customToken: string): Promise<string> {
  const host = process.env.FIREBASE_AUTH_EMULATOR_HOST!;
  const response = await fetch(
    `http://${host}/identitytoolkit.googleapis.com/v1/accounts:signInWithCustomToken?key=demo-key`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: customToken, returnSecureToken: true }),
    },
  );
  const body = (await response.json()) as { idToken?: string };
  if (body.idToken === undefined) throw new Error("custom token sign-in failed");
  return body.idToken;
}

/** A self-registered email/password account, as anyone can make one: its address is not verified. */
export async function signUp(email: string, password: string): Promise<{ idToken: string; uid: string }> {
  const host = required("FIREBASE_AUTH_EMULATOR_HOST");
  const response = await fetch(
    `http://${host}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=demo-key`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password, returnSecureToken: true }),
    },
  );
  const body = (await response.json()) as { idToken?: string; localId?: string };
  if (body.idToken === undefined || body.localId === undefined) throw new Error(`sign-up of ${email} failed`);
  return { idToken: body.idToken, uid: body.localId };
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  text: string;
  contentType: string;
  /** The handler's own time from the Server-Timing header (app;dur=…), when present. */
  handlerMs: number | null;
}

export interface CallOptions {
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** One HTTP request to the API; never throws on an HTTP error status. */
export async function call<T = unknown>(
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const payload = options.raw ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) headers["content-type"] = options.contentType ?? "application/json";
  const response = await fetch(`${await apiBase()}${path}`, { method, headers, body: payload });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const timing = /app;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
  return {
    status: response.status,
    body: parsed as T,
    text,
    contentType: response.headers.get("content-type") ?? "",
    handlerMs: timing?.[1] === undefined ? null : Number(timing[1]),
  };
}
