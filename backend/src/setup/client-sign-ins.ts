import type { Firestore } from "firebase-admin/firestore";
import type { VerifiedIdentity } from "../auth/identity";
import type { Principal } from "../auth/principal";
import { setupPaths, type Client } from "./paths";

/** Which sidebar a token comes from: Outlook signs in with Microsoft, the Gmail add-on with Google. */
export function clientOf(identity: VerifiedIdentity): Client | null {
  if (identity.kind === "microsoft") return "outlook";
  if (identity.kind === "google") return "gmail";
  return null;
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
  identity: VerifiedIdentity,
  principal: Principal,
  nowMs: number,
  log: (message: string, error: unknown) => void = () => undefined,
): Promise<void> {
  const client = clientOf(identity);
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
