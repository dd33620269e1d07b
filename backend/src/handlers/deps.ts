import type { Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import type { Verifiers } from "../auth/authenticate";
import type { TxtLookup } from "./domain-proof";

/** What handlers use from the outside world; built once per process in index.ts. */
export interface ServerDeps {
  db: Firestore;
  auth: Auth;
  verifiers: Verifiers;
  log: (message: string, error: unknown) => void;
  /** DNS TXT lookups for domain proofs; node's resolver unless a test injects one. */
  txtLookup?: TxtLookup;
}
