import type { Firestore } from "firebase-admin/firestore";
import type { VerifiedIdentity } from "../auth/identity";
import type { Principal } from "../auth/principal";
import { inEmulator } from "../runtime/emulator-only";
import { CLIENTS, setupPaths, type Client } from "./paths";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The header a sidebar built for the local stack names itself with ("outlook" or "gmail"): there the
 * Outlook pane and the Gmail stand-in sign in with a Firebase password account, whose token says
 * nothing about which sidebar sent it. Lower case: how the request's headers arrive.
 */
export const LOCAL_CLIENT_HEADER = "x-baton-client";

/**
 * Which sidebar a token comes from: Outlook signs in with Microsoft, the Gmail add-on with Google.
 * A Firebase token (the dashboard, or a local sidebar) counts only on the emulator and only with
 * LOCAL_CLIENT_HEADER; deployed, the header is ignored, or any member could make the install page
 * say "Outlook: first sign-in" without Outlook ever having called.
 */
export function clientOf(
  identity: VerifiedIdentity,
  localClientHeader?: string | string[],
  env: Env = process.env,
): Client | null {
  if (identity.kind === "microsoft") return "outlook";
  if (identity.kind === "google") return "gmail";
  if (!inEmulator(env)) return null;
  const named = (Array.isArray(localClientHeader) ? localClientHeader[0] : localClientHeader)?.trim();
  return CLIENTS.find((client) => client === named?.toLowerCase()) ?? null;
}

/** Per instance: the org/client pairs already on record (or being written). */
const recorded = new Map<string, Promise<void>>();

const ALREADY_EXISTS = 6;

/**
 * Records the first Outlook or Gmail sign-in of an org (the install page's "first sign-in 10:42 by
 * ana@"): created only if absent, so the first stays first, and at most one write per org and client
 * per instance. Never rejects: a failed record must not fail the sign-in (the next one tries again).
 */
export function recordFirstSignIn(
  db: Firestore,
  client: Client | null,
  principal: Principal,
  nowMs: number,
  log: (message: string, error: unknown) => void = () => undefined,
): Promise<void> {
  if (client === null) return Promise.resolve();
  const key = `${principal.org}/${client}`;
  const pending = recorded.get(key);
  if (pending !== undefined) return pending;
  const write = setupPaths
    .clientSignIn(db, principal.org, client)
    .create({ at: nowMs, by: principal.email })
    .then(
      () => undefined,
      (error: unknown) => {
        if ((error as { code?: unknown }).code === ALREADY_EXISTS) return;
        recorded.delete(key);
        log("could not record a first sidebar sign-in", error);
      },
    );
  recorded.set(key, write);
  return write;
}

/** For tests: the next sign-in of each org writes again. */
export function forgetRecordedSignIns(): void {
  recorded.clear();
}
